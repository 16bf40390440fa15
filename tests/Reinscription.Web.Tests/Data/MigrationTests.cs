using Microsoft.EntityFrameworkCore;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Data;

public class MigrationTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task Every_migration_is_applied_to_the_empty_database_created_for_the_run()
    {
        var (all, applied, pending) = await App.WithDbAsync(async db => (
            db.Database.GetMigrations().ToList(),
            (await db.Database.GetAppliedMigrationsAsync()).ToList(),
            (await db.Database.GetPendingMigrationsAsync()).ToList()));

        Assert.NotEmpty(all);
        Assert.Equal(all, applied);
        Assert.Empty(pending);
    }

    [Fact]
    public async Task The_schema_holds_the_domain_and_identity_tables()
    {
        var tables = await App.WithDbAsync(db => db.Database
            .SqlQuery<string>($"SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = 'public'")
            .ToListAsync());

        foreach (var table in new[]
                 {
                     "Sites", "Families", "Students", "SchoolYears", "Disciplines", "Cycles", "Courses", "Enrollments",
                     "RepertoirePieces", "Campaigns", "ReenrollmentRequests", "CourseChoices", "DocumentRequirements",
                     "SubmittedDocuments", "StoredFiles", "TariffGrids", "TariffBrackets", "TariffAmounts", "Invoices",
                     "InvoiceLines", "Instalments", "Payments", "PendingChanges", "StaffMembers", "StaffSiteRoles", "Outbox",
                     "DataProtectionKeys", "AspNetUsers", "AspNetRoles",
                 })
        {
            Assert.Contains(table, tables);
        }
    }

    [Fact]
    public async Task Enums_are_stored_as_readable_text()
    {
        var siteId = await App.WithDbAsync(async db => (await db.AddSiteAsync("Meudon")).Id);
        await App.WithDbAsync(db => db.AddCourseAsync(db.Sites.Single(s => s.Id == siteId), 2026, 12));

        var stored = await App.WithDbAsync(db => db.Database
            .SqlQuery<string>($"SELECT \"ChoiceMode\" || ' ' || \"Day\" AS \"Value\" FROM \"Courses\"")
            .SingleAsync());

        Assert.Equal("FamilyChooses Thursday", stored);
    }
}
