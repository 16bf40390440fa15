using System.Net;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Courses;
using Reinscription.Web.Tests.Infrastructure;
using Reinscription.Web.Tests.Pages.Admin.Facturation;

namespace Reinscription.Web.Tests.Pages.Admin.Tarifs;

/// <summary>Editing a year's grid: copy last year's, change amounts and bounds, overlaps and gaps refused.</summary>
public class TarifsTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task An_admin_copies_last_years_grid_then_changes_an_amount_and_a_bound()
    {
        await App.SeedDemoAsync();
        var yearId = await App.WithDbAsync(async db =>
        {
            var year = new SchoolYear(2027);
            db.SchoolYears.Add(year);
            await db.SaveChangesAsync();
            return year.Id;
        });
        using var admin = await App.SignInStaffAsync("admin@example.org");

        using var copied = await admin.SubmitAsync("/Admin/Tarifs", new Dictionary<string, string>(), "#annee-2027 form.copier");
        Assert.Equal($"/Admin/Tarifs/Modifier/{yearId}", copied.Headers.Location?.OriginalString);
        using var saved = await admin.SubmitAsync($"/Admin/Tarifs/Modifier/{yearId}", new Dictionary<string, string>
        {
            ["Input.FileFee"] = "22,50",
            ["Input.Brackets[0].Max"] = "420",
            ["Input.Brackets[1].Min"] = "421",
            ["Input.Brackets[0].Resident[0]"] = "70",
        }, "#grille-form");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var grid = await App.WithDbAsync(db => db.TariffGrids.Include(g => g.Brackets).ThenInclude(b => b.Amounts).SingleAsync(g => g.SchoolYearId == yearId));
        Assert.Equal(22.50m, grid.FileFee);
        Assert.Equal(11, grid.Brackets.Count);
        Assert.Equal((0, (int?)420), (grid.BracketFor(0).MinQuotient, grid.BracketFor(0).MaxQuotient));
        Assert.Equal(70m, grid.BracketFor(0).AmountFor(Domain.Tariffs.TariffCategory.FullCursus, isResident: true));
        Assert.Equal(2, grid.BracketFor(421).Number);
        Assert.Equal(1, await App.WithDbAsync(db => db.AuditLog.CountAsync(a => a.Action == "tariffs.changed")));
    }

    [Fact]
    public async Task Overlapping_or_gapped_brackets_are_refused_next_to_the_bound()
    {
        await App.SeedDemoAsync();
        var yearId = await App.WithDbAsync(db => db.SchoolYears.Where(y => y.StartYear == 2026).Select(y => y.Id).SingleAsync());
        using var admin = await App.SignInStaffAsync("admin@example.org");
        var url = $"/Admin/Tarifs/Modifier/{yearId}";

        using var overlap = await admin.SubmitAsync(url, new Dictionary<string, string> { ["Input.Brackets[1].Min"] = "400" }, "#grille-form");
        using var gap = await admin.SubmitAsync(url, new Dictionary<string, string> { ["Input.Brackets[2].Min"] = "600" }, "#grille-form");

        Assert.Equal("La tranche 2 commence à 400 alors que la tranche 1 va jusqu'à 400 : elles se chevauchent.",
            (await HtmlClient.ParseAsync(overlap)).TextOf("[data-valmsg-for='Input.Brackets[1].Min']"));
        var gapPage = await HtmlClient.ParseAsync(gap);
        Assert.Equal("Entre la tranche 2 (jusqu'à 550) et la tranche 3 (à partir de 600), les quotients de 551 à 599 n'ont pas de tranche.",
            gapPage.TextOf("[data-valmsg-for='Input.Brackets[2].Min']"));
        Assert.Equal("600", gapPage.QuerySelector("#min-2")!.GetAttribute("value"));
        Assert.Equal(401, await App.WithDbAsync(db => db.TariffGrids.Where(g => g.SchoolYearId == yearId)
            .SelectMany(g => g.Brackets).Where(b => b.Number == 2).Select(b => b.MinQuotient).SingleAsync()));
    }

    [Fact]
    public async Task A_secretary_sees_the_grid_but_cannot_change_it()
    {
        await App.SeedDemoAsync();
        var yearId = await App.WithDbAsync(db => db.SchoolYears.Where(y => y.StartYear == 2026).Select(y => y.Id).SingleAsync());
        using var secretary = await App.SignInStaffAsync();

        var page = await secretary.GetPageAsync($"/Admin/Tarifs/Modifier/{yearId}");
        using var forged = await secretary.PostWithTokenAsync(page, $"/Admin/Tarifs/Modifier/{yearId}", new Dictionary<string, string> { ["Input.FileFee"] = "0" });

        Assert.Null(page.QuerySelector("#grille-form"));
        Assert.NotNull(page.QuerySelector("#grille-residents"));
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
    }
}
