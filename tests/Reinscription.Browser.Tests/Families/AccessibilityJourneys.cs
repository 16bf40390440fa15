using Microsoft.Playwright;
using Reinscription.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Reinscription.Browser.Tests.Families;

public sealed class AccessibilityJourneys(BrowserFixture app) : BrowserTest(app)
{
    [Theory, BothWidths]
    public async Task A_parent_turns_on_larger_text_and_high_contrast_and_every_page_follows(Width width)
    {
        var parent = await OpenAsync(width);
        await parent.SignInAsync();
        await Expect(parent.Page.Locator("html")).ToHaveCSSAsync("font-size", "16px");

        await parent.ClickAsync(parent.Link("Accessibilité"), "accessibilite");
        await parent.Field("Agrandir le texte").CheckAsync();
        await parent.Field("Contraste renforcé").CheckAsync();
        await parent.ClickAsync(parent.Button("Enregistrer"), "preferences-enregistrees");
        await Expect(parent.Page.Locator("#confirmation")).ToContainTextAsync("Vos préférences d'affichage sont enregistrées.");
        await ExpectLargerTextAndHighContrastAsync(parent);

        // The same scan as every page's, colour contrast included, now on the preferences' colours.
        await parent.ClickAsync(parent.Link("Accueil"), "accueil-contraste-renforce");
        await ExpectLargerTextAndHighContrastAsync(parent);
        await parent.ClickAsync(parent.Link("Réinscrire DUPONT Lucas"), "reinscription-contraste-renforce");
        await parent.ClickAsync(parent.Button("Je souhaite réinscrire DUPONT Lucas"), "etape-1-contraste-renforce");
        await ExpectLargerTextAndHighContrastAsync(parent);
        await parent.ClickAsync(parent.Button("Passer à l'étape suivante"), "etape-2-contraste-renforce");
        await parent.ClickAsync(parent.Button("Valider").Or(parent.Button("Passer à l'étape suivante")), "etape-3-contraste-renforce");

        // Every tab of the family's menu, and the public simulator, in the family's colours.
        foreach (var (tab, step) in new[]
                 {
                     ("Famille", "famille"), ("Élèves", "eleves"), ("Facturation", "facturation"),
                     ("Mot de passe", "mot-de-passe"), ("Mes données", "mes-donnees"),
                 })
        {
            await parent.ClickAsync(parent.Menu.GetByRole(AriaRole.Link, new() { Name = tab, Exact = true }), $"{step}-contraste-renforce");
            await ExpectLargerTextAndHighContrastAsync(parent);
        }

        await parent.GoToAsync("/Simulateur?Input.Quotient=712&Input.Children[0].Categories=FullCursus", "simulateur-contraste-renforce");
        await Expect(parent.Page.Locator("#total")).ToContainTextAsync("€");
        await ExpectLargerTextAndHighContrastAsync(parent);

        await parent.ClickAsync(parent.Link("Accessibilité"), "accessibilite-contraste-renforce");
        await parent.Field("Agrandir le texte").UncheckAsync();
        await parent.Field("Contraste renforcé").UncheckAsync();
        await parent.ClickAsync(parent.Button("Enregistrer"), "preferences-retirees");
        await Expect(parent.Page.Locator("html")).ToHaveCSSAsync("font-size", "16px");
        await Expect(parent.Page.Locator("body")).ToHaveCSSAsync("background-color", "rgb(246, 243, 238)");
    }

    private static async Task ExpectLargerTextAndHighContrastAsync(Journey parent)
    {
        await Expect(parent.Page.Locator("html")).ToHaveCSSAsync("font-size", "20px");
        await Expect(parent.Page.Locator("body")).ToHaveCSSAsync("background-color", "rgb(255, 255, 255)");
        await Expect(parent.Page.Locator("body")).ToHaveCSSAsync("color", "rgb(0, 0, 0)");
        await Expect(parent.Page.Locator(".portal-header")).ToHaveCSSAsync("background-color", "rgb(0, 0, 0)");
    }
}
