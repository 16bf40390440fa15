using Microsoft.Playwright;
using Reinscription.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Reinscription.Browser.Tests.Families;

public sealed class SimulatorJourneys(BrowserFixture app) : BrowserTest(app)
{
    private const string Quotient = "Quotient familial (attestation CAF)";

    [Theory, BothWidths]
    public async Task A_visitor_estimates_the_tuition_of_two_children_without_signing_in(Width width)
    {
        var visitor = await OpenAsync(width);
        await visitor.GoToAsync("/", "portail");
        await visitor.ClickAsync(visitor.Link("Simulateur de tarif"), "simulateur");
        await Expect(visitor.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Simulateur de tarif");

        await visitor.Field(Quotient).FillAsync("sept cents");
        await Child(visitor, 1).GetByLabel("Cursus complet", new() { Exact = true }).CheckAsync();
        await visitor.ClickAsync(visitor.Button("Calculer"), "quotient-en-lettres");
        await visitor.ExpectErrorsAsync((visitor.Field(Quotient), "Le quotient familial s'écrit en chiffres, sans lettre ni décimale, par exemple 712."));
        await Expect(Child(visitor, 1).GetByLabel("Cursus complet", new() { Exact = true })).ToBeCheckedAsync();

        await visitor.Field(Quotient).FillAsync("712");
        await Child(visitor, 2).GetByLabel("Prénom (facultatif)").FillAsync("Inès");
        await Child(visitor, 2).GetByLabel("Danse", new() { Exact = true }).CheckAsync();
        await visitor.ClickAsync(visitor.Button("Calculer"), "resultat");
        var result = visitor.Page.GetByRole(AriaRole.Region, new() { Name = "Résultat pour" });
        await Expect(result.Locator("#tranche")).Not.ToBeEmptyAsync();
        await Expect(result.GetByRole(AriaRole.Table)).ToContainTextAsync("Inès");
        await Expect(result.Locator("#total")).ToContainTextAsync("€");
        await Expect(result.Locator("#mensualites")).ToContainTextAsync("En huit prélèvements SEPA");
    }

    private static ILocator Child(Journey visitor, int number) =>
        visitor.Page.GetByRole(AriaRole.Group, new() { Name = $"Enfant {number}", Exact = true });
}
