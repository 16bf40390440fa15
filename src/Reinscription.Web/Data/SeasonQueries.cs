using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Courses;
using Reinscription.Domain.Documents;
using Reinscription.Domain.Sites;

namespace Reinscription.Web.Data;

/// <summary>What the staff pages that set up a season read: always starting from the staff member's sites.</summary>
public static class SeasonQueries
{
    public static IQueryable<ReenrollmentCampaign> CampaignsOf(this ReinscriptionDbContext db, int staffId) =>
        db.Campaigns.Where(c => db.SitesOf(staffId).Any(s => s.Id == c.SiteId));

    public static IQueryable<Course> CoursesOf(this ReinscriptionDbContext db, int staffId) =>
        db.Courses.Where(c => db.SitesOf(staffId).Any(s => s.Id == c.SiteId));

    public static IQueryable<DocumentRequirement> RequirementsOf(this ReinscriptionDbContext db, int staffId) =>
        db.DocumentRequirements.Where(r => db.SitesOf(staffId).Any(s => s.Id == r.SiteId));

    /// <summary>The staff member's site <paramref name="siteId"/>, or null (the page answers 404).</summary>
    public static Task<Site?> SiteOfAsync(this ReinscriptionDbContext db, int staffId, int siteId, CancellationToken cancellationToken) =>
        db.SitesOf(staffId).AsNoTracking().SingleOrDefaultAsync(s => s.Id == siteId, cancellationToken);

    /// <summary>The start year of the current school year; before any is set, the one today falls in.</summary>
    public static async Task<int> CurrentStartYearAsync(this ReinscriptionDbContext db, DateTimeOffset now, CancellationToken cancellationToken) =>
        await db.SchoolYears.Where(y => y.IsCurrent).Select(y => (int?)y.StartYear).SingleOrDefaultAsync(cancellationToken)
        ?? SchoolYear.StartYearOn(ParisTime.Today(now));

    /// <summary>
    /// The id of the school year starting in <paramref name="startYear"/>, created when staff first
    /// prepare it; two staff members doing so at once get the same row (ON CONFLICT on the unique year).
    /// </summary>
    public static async Task<int> SchoolYearIdAsync(this ReinscriptionDbContext db, int startYear, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "SchoolYears" ("StartYear", "IsCurrent") VALUES ({startYear}, false) ON CONFLICT ("StartYear") DO NOTHING""",
            cancellationToken);
        return await db.SchoolYears.Where(y => y.StartYear == startYear).Select(y => y.Id).SingleAsync(cancellationToken);
    }

    /// <summary>The staff member's sites for a drop-down, alphabetical.</summary>
    public static async Task<IReadOnlyList<SelectListItem>> StaffSiteChoicesAsync(
        this ReinscriptionDbContext db,
        int staffId,
        int? selected,
        CancellationToken cancellationToken) =>
        await db.SitesOf(staffId).AsNoTracking()
            .OrderBy(s => s.Name)
            .Select(s => new SelectListItem(s.Name, s.Id.ToString(CultureInfo.InvariantCulture), s.Id == selected))
            .ToListAsync(cancellationToken);

    /// <summary>Every school year known, and the next one, which staff prepare before it exists, most recent first.</summary>
    public static async Task<IReadOnlyList<SelectListItem>> SchoolYearChoicesAsync(
        this ReinscriptionDbContext db,
        int current,
        int selected,
        CancellationToken cancellationToken)
    {
        var years = await db.SchoolYears.AsNoTracking().Select(y => y.StartYear).ToListAsync(cancellationToken);
        return [.. years.Append(current + 1).Append(selected).Distinct().OrderDescending()
            .Select(y => new SelectListItem(SchoolYear.LabelOf(y), y.ToString(CultureInfo.InvariantCulture), y == selected))];
    }
}
