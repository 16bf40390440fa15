using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Courses;
using Reinscription.Web.Accounts;
using Reinscription.Web.Data.Demo;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Data;

/// <summary>The demo data is never loaded in tests, except here where a test asks for it.</summary>
public class DemoDataTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task The_demo_territory_has_three_sites_and_a_dupont1_on_two_of_them()
    {
        await SeedAsync();

        var sites = await App.WithDbAsync(db => db.Sites.OrderBy(s => s.Name).Select(s => s.Name).ToListAsync());
        var duponts = await App.WithDbAsync(db => db.Families.Where(f => f.Identifier == "dupont1")
            .OrderBy(f => f.Site!.Name)
            .Select(f => f.Site!.Name + " " + f.Guardian1.FirstName)
            .ToListAsync());

        Assert.Equal(["Boulogne-Billancourt", "Meudon", "Sèvres"], sites);
        Assert.Equal(["Boulogne-Billancourt Gérard", "Meudon Claire"], duponts);
    }

    [Fact]
    public async Task Meudon_dupont1_has_two_students_in_the_courses_of_the_brief()
    {
        await SeedAsync();

        var courses = await App.WithDbAsync(db => db.Enrollments
            .Where(e => e.Student!.Family!.Identifier == "dupont1" && e.Student.Family.Site!.Name == "Meudon"
                        && e.Course!.SchoolYear!.IsCurrent)
            .OrderBy(e => e.Student!.FirstName).ThenBy(e => e.Course!.Name)
            .Select(e => e.Student!.FirstName + " : " + e.Course!.Name + (e.Course.Cycle == null ? "" : " " + e.Course.Cycle.Code))
            .ToListAsync());

        Assert.Equal(
            [
                "Emma : Danse classique 1C2 1C2",
                "Lucas : FM 2.1 (21) 2C1",
                "Lucas : Orchestre E. Chabrier - cordes 2e C",
                "Lucas : Violoncelle 2C3",
            ],
            courses);
    }

    [Fact]
    public async Task Next_year_offers_FM_slots_with_one_full_and_some_with_a_single_seat()
    {
        await SeedAsync();

        var slots = await App.WithDbAsync(db => db.Courses.AsNoTracking()
            .Where(c => c.SchoolYear!.StartYear == 2026 && c.Site!.Name == "Meudon" && c.ChoiceMode == ChoiceMode.FamilyChooses)
            .ToListAsync());
        var assigned = await App.WithDbAsync(db => db.Courses
            .Where(c => c.SchoolYear!.StartYear == 2026 && c.ChoiceMode == ChoiceMode.Assigned)
            .Select(c => c.Discipline!.Name).ToListAsync());

        Assert.Single(slots, s => s.SeatsLeft == 0);
        Assert.True(slots.Count(s => s.SeatsLeft == 1) >= 2);
        Assert.Contains(slots, s => s.SlotLabel == "FM 2.2 (33) - JEUDI - 17.00 à 18.30" && s.SeatsLeft == 8);
        Assert.Contains("Violoncelle", assigned);
        Assert.Contains("Orchestre", assigned);
        Assert.Contains("Danse", assigned);
    }

    [Fact]
    public async Task The_Meudon_campaign_is_open_now_with_its_documents_and_an_eleven_bracket_grid()
    {
        await SeedAsync();
        var now = DateTimeOffset.UtcNow;

        var campaign = await App.WithDbAsync(db => db.Campaigns.AsNoTracking().Include(c => c.Site).SingleAsync());
        var requirements = await App.WithDbAsync(db => db.DocumentRequirements.OrderBy(r => r.SortOrder).Select(r => r.Name).ToListAsync());
        var brackets = await App.WithDbAsync(db => db.TariffGrids.Where(g => g.SchoolYear!.StartYear == 2026)
            .SelectMany(g => g.Brackets).CountAsync());

        Assert.Equal("Meudon", campaign.Site!.Name);
        Assert.Equal(CampaignPhase.Open, campaign.PhaseAt(now));
        Assert.True(campaign.ClosesAt > now.AddMonths(2));
        Assert.True(campaign.DocumentsDeadline > campaign.ClosesAt);
        Assert.Equal("Justificatif de domicile de moins de 3 mois", requirements[0]);
        Assert.Contains("Certificat médical DANSE", requirements);
        Assert.Equal(12, requirements.Count);
        Assert.Equal(11, brackets);
    }

    [Fact]
    public async Task The_demo_logins_work_with_their_passwords()
    {
        await SeedAsync();

        await using var scope = App.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var meudonId = await App.WithDbAsync(db => db.Sites.Where(s => s.Name == "Meudon").Select(s => s.Id).SingleAsync());
        foreach (var (userName, password) in new[]
                 {
                     (AppUser.FamilyUserName(meudonId, "dupont1"), DemoSeeder.ParentPassword),
                     (AppUser.FamilyUserName(meudonId, "martin1"), DemoSeeder.ParentPassword),
                     ("secretariat.meudon@example.org", DemoSeeder.StaffPassword),
                     ("secretariat.sevres@example.org", DemoSeeder.StaffPassword),
                     ("admin@example.org", DemoSeeder.StaffPassword),
                 })
        {
            var user = await users.FindByNameAsync(userName);
            Assert.NotNull(user);
            Assert.True(await users.CheckPasswordAsync(user, password), userName);
        }

        var adminSites = await App.WithDbAsync(db => db.StaffMembers.Where(s => s.Email == "admin@example.org")
            .SelectMany(s => s.SiteRoles).CountAsync());
        Assert.Equal(3, adminSites);
    }

    [Fact]
    public async Task Seeding_twice_loads_the_data_once()
    {
        await SeedAsync();
        await SeedAsync();

        Assert.Equal(3, await App.WithDbAsync(db => db.Sites.CountAsync()));
        Assert.Equal(3, await App.WithDbAsync(db => db.Families.CountAsync()));
    }

    private Task SeedAsync() => App.Factory.Services.SeedDemoDataAsync(CancellationToken.None);
}
