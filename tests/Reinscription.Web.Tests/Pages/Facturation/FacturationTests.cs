using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Reinscription.Web.Data.Demo;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Facturation;

/// <summary>The two billing tabs and the printable invoice, on the demo invoices of the Meudon families.</summary>
public class FacturationTests(AppFixture app) : AppTest(app)
{
    private const string Password = "Parent2026";

    [Fact]
    public async Task The_cotisations_tab_shows_each_invoice_with_its_lines_instalments_payments_and_balance()
    {
        using var dupont = await SignedInDemoFamilyAsync("dupont1");

        var page = await dupont.GetPageAsync("/Facturation");

        Assert.Equal("Facturation cotisations", page.TextOf("main h1"));
        Assert.Equal("Facturation cotisations", page.TextOf("main nav [aria-current=page]"));
        var invoice = Single(page, ".invoice");
        Assert.Equal("Facture C2025-000412", Text(invoice, "h2"));
        Assert.Equal("Année scolaire 2025-2026 · émise le 06/10/2025", Text(invoice, ".invoice-meta"));
        Assert.Equal(
            [
                "Frais de dossier | 20,00 €",
                "Cursus complet - DUPONT Lucas (tranche 6) | 291,00 €",
                "Danse - DUPONT Emma (tranche 6) | 198,00 €",
            ],
            Rows(invoice, ".invoice-lines tbody tr"));
        Assert.Equal(["Total | 509,00 €"], Rows(invoice, ".invoice-lines tfoot tr"));
        var instalments = Rows(invoice, ".invoice-instalments tbody tr");
        Assert.Equal(8, instalments.Count);
        Assert.Equal("05/11/2025 | 63,62 €", instalments[0]);
        Assert.Equal("05/06/2026 | 63,66 €", instalments[7]);
        Assert.Equal(
            [
                "05/11/2025 | Prélèvement SEPA | 63,62 €",
                "05/12/2025 | Prélèvement SEPA | 63,62 €",
                "05/01/2026 | Prélèvement SEPA | 63,62 €",
            ],
            Rows(invoice, ".invoice-payments tbody tr"));
        Assert.Equal("Total : 509,00 €", Text(invoice, ".invoice-total"));
        Assert.Equal("Réglé : 190,86 €", Text(invoice, ".invoice-paid"));
        Assert.Equal("Solde : 318,14 €", Text(invoice, ".invoice-balance"));
        Assert.Equal("Imprimer la facture C2025-000412", Text(invoice, "a.invoice-print"));
        Assert.DoesNotContain("L2025-000087", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("C2025-000415", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_locations_tab_shows_the_instrument_rental_and_its_cheque()
    {
        using var dupont = await SignedInDemoFamilyAsync("dupont1");

        var page = await dupont.GetPageAsync("/Facturation/Locations");

        Assert.Equal("Facturation locations", page.TextOf("main nav [aria-current=page]"));
        var invoice = Single(page, ".invoice");
        Assert.Equal("Facture L2025-000087", Text(invoice, "h2"));
        Assert.Equal(["Location violoncelle 3/4 - DUPONT Lucas | 180,00 €"], Rows(invoice, ".invoice-lines tbody tr"));
        Assert.Equal(["15/11/2025 | 90,00 €", "15/12/2025 | 90,00 €"], Rows(invoice, ".invoice-instalments tbody tr"));
        Assert.Equal(["14/11/2025 | Chèque | 90,00 €"], Rows(invoice, ".invoice-payments tbody tr"));
        Assert.Equal("Solde : 90,00 €", Text(invoice, ".invoice-balance"));
    }

    [Fact]
    public async Task A_family_without_rental_is_told_so_and_sees_its_paid_tuition()
    {
        using var martin = await SignedInDemoFamilyAsync("martin1");

        var locations = await martin.GetPageAsync("/Facturation/Locations");
        var cotisations = await martin.GetPageAsync("/Facturation");

        Assert.Equal("Aucune facture de location pour cette famille.", locations.TextOf("#aucune-facture"));
        Assert.Empty(locations.QuerySelectorAll(".invoice"));
        var invoice = Single(cotisations, ".invoice");
        Assert.Equal("Facture C2025-000415", Text(invoice, "h2"));
        Assert.Equal(["20/10/2025 | Carte bancaire | 536,00 €"], Rows(invoice, ".invoice-payments tbody tr"));
        Assert.Equal("Solde : 0,00 €", Text(invoice, ".invoice-balance"));
    }

    [Fact]
    public async Task The_printable_invoice_names_the_conservatory_the_family_and_the_totals()
    {
        using var dupont = await SignedInDemoFamilyAsync("dupont1");
        var tab = await dupont.GetPageAsync("/Facturation");
        var link = tab.QuerySelector<IHtmlAnchorElement>("#facture-C2025-000412 a.invoice-print")!.GetAttribute("href")!;

        var page = await dupont.GetPageAsync(link);

        Assert.Equal($"/Facturation/Facture/{await InvoiceIdAsync("C2025-000412")}", link);
        Assert.Equal("Facture C2025-000412", page.TextOf("main h1"));
        Assert.Equal(
            "Conservatoire Marcel Dupré de Meudon 7 boulevard des Nations-Unies 92190 Meudon Tél. 01 46 29 32 96 · conservatoire.meudon@example.org",
            page.TextOf("#emetteur"));
        Assert.StartsWith("Madame Claire DUPONT 12 rue de la République 92190 Meudon", page.TextOf("#destinataire"), StringComparison.Ordinal);
        Assert.Equal("Cotisations · année scolaire 2025-2026 · émise le 06/10/2025", page.TextOf(".invoice-meta"));
        Assert.Equal(3, page.QuerySelectorAll(".invoice-lines tbody tr").Length);
        Assert.Equal(8, page.QuerySelectorAll(".invoice-instalments tbody tr").Length);
        Assert.Equal("Total : 509,00 €", page.TextOf(".invoice-total"));
        Assert.Equal("Réglé : 190,86 €", page.TextOf(".invoice-paid"));
        Assert.Equal("Solde : 318,14 €", page.TextOf(".invoice-balance"));
        Assert.NotNull(page.QuerySelector("button#imprimer[hidden]"));
    }

    [Fact]
    public async Task Another_familys_invoice_or_a_missing_one_answers_404()
    {
        using var martin = await SignedInDemoFamilyAsync("martin1");
        var dupontInvoice = await InvoiceIdAsync("C2025-000412");
        var martinInvoice = await InvoiceIdAsync("C2025-000415");

        var own = await martin.GetPageAsync($"/Facturation/Facture/{martinInvoice}");
        var other = await martin.GetPageAsync($"/Facturation/Facture/{dupontInvoice}", HttpStatusCode.NotFound);
        var missing = await martin.GetPageAsync("/Facturation/Facture/987654", HttpStatusCode.NotFound);

        Assert.Equal("Facture C2025-000415", own.TextOf("main h1"));
        Assert.Equal("Page introuvable", other.TextOf("main h1"));
        Assert.DoesNotContain("C2025-000412", other.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Page introuvable", missing.TextOf("main h1"));
    }

    [Fact]
    public async Task The_billing_pages_are_for_signed_in_families()
    {
        using var anonymous = App.Factory.CreateBrowser();

        using var response = await anonymous.GetAsync(new Uri("/Facturation/Locations", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Connexion", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    private async Task<HttpClient> SignedInDemoFamilyAsync(string identifier)
    {
        await App.Factory.Services.SeedDemoDataAsync(CancellationToken.None);
        var meudon = await App.WithDbAsync(db => db.Sites.AsNoTracking().SingleAsync(s => s.Name == "Meudon"));
        var client = App.Factory.CreateBrowser();
        using var login = await client.SignInFamilyAsync(meudon, identifier, Password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return client;
    }

    private Task<int> InvoiceIdAsync(string number) =>
        App.WithDbAsync(db => db.Invoices.Where(i => i.Number == number).Select(i => i.Id).SingleAsync());

    private static IHtmlElement Single(IHtmlDocument page, string selector) =>
        (IHtmlElement)Assert.Single(page.QuerySelectorAll(selector));

    private static string Text(IHtmlElement scope, string selector) =>
        Collapse((scope.QuerySelector(selector) ?? throw new Xunit.Sdk.XunitException($"No element matches {selector}.")).TextContent);

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Each row's cells, whitespace collapsed, joined with " | ".</summary>
    private static List<string> Rows(IHtmlElement scope, string selector) =>
        [.. scope.QuerySelectorAll(selector).Select(row => string.Join(" | ", row.Children.Select(cell => Collapse(cell.TextContent))))];
}
