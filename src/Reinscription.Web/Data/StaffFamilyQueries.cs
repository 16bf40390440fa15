using Reinscription.Domain.Families;

namespace Reinscription.Web.Data;

/// <summary>The families and students a staff member may open: those of their sites; any other id finds nothing (404).</summary>
public static class StaffFamilyQueries
{
    public static IQueryable<Family> FamiliesOfStaff(this ReinscriptionDbContext db, int staffId)
    {
        var sites = db.SitesOf(staffId).Select(s => s.Id);
        return db.Families.Where(f => sites.Contains(f.SiteId));
    }

    public static IQueryable<Student> StudentsOfStaff(this ReinscriptionDbContext db, int staffId)
    {
        var sites = db.SitesOf(staffId).Select(s => s.Id);
        return db.Students.Where(s => sites.Contains(s.Family!.SiteId));
    }
}
