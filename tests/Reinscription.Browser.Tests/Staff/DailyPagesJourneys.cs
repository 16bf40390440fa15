using Microsoft.Playwright;
using Reinscription.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Reinscription.Browser.Tests.Staff;

/// <summary>The staff pages of an ordinary day, each scanned at both widths like every page of a journey.</summary>
public sealed class DailyPagesJourneys(BrowserFixture app) : BrowserTest(app)
{
    [Theory, BothWidths]
    public async Task The_secretariat_looks_up_a_family_its_invoices_and_the_tariffs(Width width)
    {
        var secretary = await OpenAsync(width);
        await secretary.SignInStaffAsync();
        await Expect(secretary.Page.Locator("#campagne")).ToContainTextAsync("Campagne");

        await secretary.FromMenuAsync("Familles et élèves", "familles");
        await secretary.Field("Nom, identifiant, e-mail ou élève").FillAsync("dupont");
        await secretary.ClickAsync(secretary.Button("Rechercher"), "familles-dupont");
        await Expect(secretary.Page.Locator("#compte")).ToContainTextAsync("trouvée");
        await secretary.ClickAsync(secretary.Row("dupont1").GetByRole(AriaRole.Link), "fiche-famille");
        await Expect(secretary.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Famille DUPONT (dupont1)");
        await Expect(secretary.Page.Locator("#eleves")).ToContainTextAsync("Lucas");

        await secretary.FromMenuAsync("Modifications en attente", "modifications");
        await secretary.FromMenuAsync("Offre de cours", "offre-de-cours");
        await secretary.FromMenuAsync("Pièces à fournir", "pieces-a-fournir");

        await secretary.FromMenuAsync("Facturation", "facturation");
        await secretary.ClickAsync(secretary.Page.Locator("#famille-dupont1").GetByRole(AriaRole.Link, new() { Name = "dupont1" }), "facturation-famille");
        await Expect(secretary.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("dupont1");
        await secretary.FromMenuAsync("Facturation", "facturation-retour");
        await secretary.ClickAsync(secretary.Link("Prélèvements SEPA du mois"), "prelevements");

        await secretary.FromMenuAsync("Grilles tarifaires", "grilles-tarifaires");
        await secretary.ClickAsync(secretary.Page.GetByRole(AriaRole.Link, new() { Name = "Consulter la grille" }).First, "grille");
    }

    [Theory, BothWidths]
    public async Task A_site_admin_reads_what_was_done_on_the_site_in_the_journal(Width width)
    {
        var admin = await OpenAsync(width);
        await admin.SignInStaffAsync("admin@example.org");
        await admin.ClickAsync(admin.Row("Meudon").GetByRole(AriaRole.Link, new() { Name = "Journal" }), "journal");
        await Expect(admin.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Journal des actions - Meudon");
        await admin.Field("Personne (identifiant, e-mail ou nom)").FillAsync("dupont1");
        await admin.ClickAsync(admin.Button("Rechercher"), "journal-dupont1");
        await admin.FromMenuAsync("Personnel", "personnel");
        await admin.FromMenuAsync("Grilles tarifaires", "grilles-tarifaires");
        await admin.ClickAsync(admin.Page.GetByRole(AriaRole.Link, new() { Name = "Modifier la grille" }).First, "grille-modifier");
    }
}
