using System.Net;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Courses;
using Reinscription.Domain.Families;
using Reinscription.Domain.Sites;
using Reinscription.Domain.Staff;
using Reinscription.Web.Audit;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Admin;

/// <summary>
/// A territory before its season is set up: Meudon and Sèvres, the current year 2025-2026 with one
/// Meudon family whose son follows Formation musicale, next year's FM slot, and a secretariat for
/// each site. Everything else the tests build through the staff pages.
/// </summary>
public sealed record Season(Site Meudon, Site Sevres, int CurrentYearId, int NextYearId, int FmId, int NextYearSlotId, int LucasId)
{
    public const string StaffPassword = "Personnel2026";
    public const string ParentPassword = "Parent2026";
    public const string MeudonSecretariat = "secretariat.meudon@example.org";
    public const string SevresSecretariat = "secretariat.sevres@example.org";

    public static async Task<Season> AddAsync(AppFixture app)
    {
        var meudon = await app.WithDbAsync(db => db.AddSiteAsync("Meudon"));
        var sevres = await app.WithDbAsync(db => db.AddSiteAsync("Sèvres"));
        await app.AddStaffAsync(MeudonSecretariat, StaffPassword, (meudon, StaffRole.Secretariat));
        await app.AddStaffAsync(SevresSecretariat, StaffPassword, (sevres, StaffRole.Secretariat));
        var family = await app.AddFamilyWithAccountAsync(meudon, "dupont1", ParentPassword);
        return await app.WithDbAsync(async db =>
        {
            var current = new SchoolYear(2025);
            current.MakeCurrent();
            var next = new SchoolYear(2026);
            var fm = new Discipline(meudon.Id, "Formation musicale", DisciplineKind.MusicTheory);
            db.AddRange(current, next, fm, new Cycle(2, 1), new Cycle(2, 2));
            await db.SaveChangesAsync();
            var thisYear = new Course(meudon.Id, current.Id, fm.Id, "FM 2.1 (21)", 14, ChoiceMode.FamilyChooses);
            var slot = new Course(meudon.Id, next.Id, fm.Id, "FM 2.2 (33)", 14, ChoiceMode.FamilyChooses);
            slot.ScheduleOn(DayOfWeek.Thursday, new TimeOnly(17, 0), new TimeOnly(18, 30));
            var lucas = new Student("Dupont", "Lucas", new DateOnly(2013, 4, 2), Civility.Monsieur);
            var dupont = await db.Families.SingleAsync(f => f.Id == family.Id);
            dupont.Guardian1.MobilePhone = "06 12 34 56 78";
            dupont.AddStudent(lucas);
            db.AddRange(thisYear, slot);
            await db.SaveChangesAsync();
            db.Enrollments.Add(new Enrollment(lucas.Id, thisYear.Id));
            await db.SaveChangesAsync();
            return new Season(meudon, sevres, current.Id, next.Id, fm.Id, slot.Id, lucas.Id);
        });
    }

    public static async Task<HttpClient> SignInAsync(AppFixture app, string email)
    {
        var client = app.Factory.CreateBrowser();
        using var response = await client.SignInStaffAsync(email, StaffPassword);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public async Task<HttpClient> SignInParentAsync(AppFixture app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var client = app.Factory.CreateBrowser();
        using var response = await client.SignInFamilyAsync(Meudon, "dupont1", ParentPassword);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>The audit log's action codes, oldest first, each with the staff member who acted.</summary>
    public static Task<List<(string Action, string Actor)>> AuditAsync(AppFixture app) =>
        app.WithDbAsync(async db => (await db.AuditLog.AsNoTracking().OrderBy(e => e.Id).Select(e => new { e.Action, e.ActorName }).ToListAsync())
            .Select(e => (e.Action, e.ActorName)).ToList());

    public static Task<AuditEntry> LastAuditAsync(AppFixture app, string action) =>
        app.WithDbAsync(db => db.AuditLog.AsNoTracking().OrderBy(e => e.Id).LastAsync(e => e.Action == action));
}
