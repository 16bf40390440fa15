using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Reinscription.Domain.Billing;
using Reinscription.Domain.Courses;
using Reinscription.Domain.Documents;
using Reinscription.Domain.Families;
using Reinscription.Domain.Sites;
using Reinscription.Web.Accounts;
using Reinscription.Web.Audit;
using Reinscription.Web.Rgpd;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Rgpd;

/// <summary>The nightly RGPD purge, run as the job runs it (with 2025-2026 the current school year).</summary>
public class FamilyPurgeTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task The_purge_removes_a_family_that_left_two_years_ago_and_keeps_one_that_left_last_year()
    {
        var site = await App.WithDbAsync(db => db.AddSiteAsync("Meudon"));
        var years = await YearsAsync(site);
        var leftTwoYearsAgo = await FamilyEnrolledInAsync(site, "parti2023", years[2023]);
        await FamilyEnrolledInAsync(site, "parti2024", years[2023], years[2024]);
        await FamilyEnrolledInAsync(site, "present1", years[2025]);
        await App.WithDbAsync(db => db.AddFamilyAsync(site, "nouveau1"));
        await GiveDocumentInvoiceAndAccountAsync(leftTwoYearsAgo, years[2023]);
        var account = await App.WithDbAsync(db => db.Families.Where(f => f.Id == leftTwoYearsAgo).Select(f => f.AccountId).SingleAsync());

        var report = await PurgeAsync();

        Assert.NotNull(report);
        var families = await App.WithDbAsync(db => db.Families.OrderBy(f => f.Identifier).Select(f => f.Identifier).ToListAsync());
        Assert.Equal(["nouveau1", "parti2024", "present1"], families);
        Assert.Equal(0, await App.WithDbAsync(db => db.StoredFiles.CountAsync()));
        Assert.Equal(0, await App.WithDbAsync(db => db.Invoices.CountAsync()));
        Assert.Equal(0, await App.WithDbAsync(db => db.Students.CountAsync(s => s.FamilyId == leftTwoYearsAgo)));
        Assert.Null(await FindUserAsync(account!));
        var line = await App.WithDbAsync(db => db.AuditLog.AsNoTracking().SingleAsync());
        Assert.Equal("rgpd.purged", line.Action);
        Assert.Equal(AuditActorKind.System, line.ActorKind);
        Assert.Equal(site.Id, line.SiteId);
        Assert.Equal(
            [
                new AuditChange("Familles supprimées", null, "1"),
                new AuditChange("Élèves supprimés", null, "1"),
                new AuditChange("Documents supprimés", null, "1"),
                new AuditChange("Factures supprimées", null, "1"),
            ],
            line.Changes);
        Assert.DoesNotContain("parti2023", line.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Lefebvre", line.Summary, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_purge_runs_once_a_day_even_when_two_app_instances_start_it_together()
    {
        var site = await App.WithDbAsync(db => db.AddSiteAsync("Meudon"));
        var years = await YearsAsync(site);
        await FamilyEnrolledInAsync(site, "parti2023", years[2023]);

        var together = await Task.WhenAll(PurgeAsync(), PurgeAsync());
        var later = await PurgeAsync();

        Assert.Single(together, r => r is not null);
        Assert.Equal(1, together.Single(r => r is not null)!.Families);
        Assert.Null(later);
        Assert.Equal(1, await App.WithDbAsync(db => db.AuditLog.CountAsync(l => l.Action == "rgpd.purged")));
    }

    private async Task<PurgeReport?> PurgeAsync()
    {
        await using var scope = App.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FamilyPurge>().RunOnceTodayAsync(CancellationToken.None);
    }

    /// <summary>2023-2024 to 2025-2026 (current), each with one course of the site.</summary>
    private Task<Dictionary<int, int>> YearsAsync(Site site) =>
        App.WithDbAsync(async db =>
        {
            var discipline = new Discipline(site.Id, "Formation musicale", DisciplineKind.MusicTheory);
            db.Disciplines.Add(discipline);
            var courses = new Dictionary<int, Course>();
            foreach (var startYear in Enumerable.Range(2023, 3))
            {
                var year = new SchoolYear(startYear);
                if (startYear == 2025)
                {
                    year.MakeCurrent();
                }

                db.SchoolYears.Add(year);
                await db.SaveChangesAsync();
                courses[startYear] = new Course(site.Id, year.Id, discipline.Id, $"FM {startYear}", 20, ChoiceMode.FamilyChooses);
                db.Courses.Add(courses[startYear]);
            }

            await db.SaveChangesAsync();
            return courses.ToDictionary(c => c.Key, c => c.Value.Id);
        });

    private Task<int> FamilyEnrolledInAsync(Site site, string identifier, params int[] courseIds) =>
        App.WithDbAsync(async db =>
        {
            var family = await db.AddFamilyAsync(site, identifier);
            var student = new Student("Lefebvre", "Paul", new DateOnly(2012, 1, 5), Civility.Monsieur);
            family.AddStudent(student);
            await db.SaveChangesAsync();
            db.Enrollments.AddRange(courseIds.Select(c => new Enrollment(student.Id, c)));
            await db.SaveChangesAsync();
            return family.Id;
        });

    private async Task GiveDocumentInvoiceAndAccountAsync(int familyId, int courseId)
    {
        await using var scope = App.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Reinscription.Web.Data.ReinscriptionDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var family = await db.Families.SingleAsync(f => f.Id == familyId);
        var yearId = await db.Courses.Where(c => c.Id == courseId).Select(c => c.SchoolYearId).SingleAsync();
        var requirement = new DocumentRequirement(family.SiteId, yearId, RequirementScope.Family, "Justificatif de domicile",
            RequirementCondition.Always, DocumentKind.AddressProof);
        db.DocumentRequirements.Add(requirement);
        await db.SaveChangesAsync();
        db.SubmittedDocuments.Add(new SubmittedDocument(requirement.Id, family.Id, null,
            new StoredFile("quittance.pdf", "application/pdf", [1, 2, 3]), DateTimeOffset.UtcNow.AddYears(-2)));
        var invoice = new Invoice(family.Id, yearId, InvoiceKind.Tuition, "C2023-000001", new DateOnly(2023, 10, 6));
        invoice.AddLine("Frais de dossier", 20m);
        db.Invoices.Add(invoice);
        var user = new AppUser { UserName = AppUser.FamilyUserName(family.SiteId, family.Identifier), Email = family.Guardian1.Email };
        user.PasswordHash = users.PasswordHasher.HashPassword(user, "Parent2026");
        Assert.True((await users.CreateAsync(user)).Succeeded);
        family.AccountId = user.Id;
        await db.SaveChangesAsync();
    }

    private async Task<AppUser?> FindUserAsync(string id)
    {
        await using var scope = App.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(id);
    }
}
