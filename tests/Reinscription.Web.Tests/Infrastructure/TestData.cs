using Reinscription.Domain.Courses;
using Reinscription.Domain.Families;
using Reinscription.Domain.Sites;
using Reinscription.Web.Data;

namespace Reinscription.Web.Tests.Infrastructure;

/// <summary>Small, explicit test data: each test builds what it asserts on.</summary>
public static class TestData
{
    public static async Task<Site> AddSiteAsync(this ReinscriptionDbContext db, string name)
    {
        var site = new Site(name, $"Conservatoire de {name}");
        site.ChangeContact(new SiteContact(
            "1 place de la Mairie", "92000", name, "01 23 45 67 89", $"conservatoire@{name.ToLowerInvariant()}.example.org"));
        db.Sites.Add(site);
        await db.SaveChangesAsync();
        return site;
    }

    public static async Task<Family> AddFamilyAsync(this ReinscriptionDbContext db, Site site, string identifier)
    {
        var family = new Family(site.Id, identifier, new Guardian
        {
            Civility = Civility.Madame,
            LastName = "Lefebvre",
            FirstName = "Anne",
            Address = "3 rue des Lilas",
            PostalCode = "92190",
            Town = "Meudon",
            Email = $"{identifier}@example.org",
        });
        db.Families.Add(family);
        await db.SaveChangesAsync();
        return family;
    }

    public static async Task<Course> AddCourseAsync(this ReinscriptionDbContext db, Site site, int startYear, int capacity)
    {
        var year = db.SchoolYears.Local.FirstOrDefault(y => y.StartYear == startYear) ?? new SchoolYear(startYear);
        var discipline = new Discipline(site.Id, $"Formation musicale {Guid.NewGuid():N}", DisciplineKind.MusicTheory);
        db.AddRange(year, discipline);
        await db.SaveChangesAsync();
        var course = new Course(site.Id, year.Id, discipline.Id, "FM 2.2 (33)", capacity, ChoiceMode.FamilyChooses);
        course.ScheduleOn(DayOfWeek.Thursday, new TimeOnly(17, 0), new TimeOnly(18, 30));
        db.Courses.Add(course);
        await db.SaveChangesAsync();
        return course;
    }
}
