using Microsoft.Playwright;
using Reinscription.Browser.Tests.Infrastructure;
using Reinscription.Web.Data.Demo;
using static Microsoft.Playwright.Assertions;

namespace Reinscription.Browser.Tests.Families;

/// <summary>Steps that several family journeys go through, done with the mouse.</summary>
public static class FamilySteps
{
    /// <summary>From the portal's landing page, through "Accès usager", to the family's Accueil.</summary>
    public static async Task SignInAsync(this Journey parent, string site = "Meudon", string identifier = "dupont1", string password = DemoSeeder.ParentPassword)
    {
        await parent.GoToAsync("/", "portail");
        await parent.ClickAsync(parent.Link("Accès usager"), "connexion");
        await parent.Field("Site").SelectOptionAsync(new SelectOptionValue { Label = site });
        await parent.Field("Identifiant").FillAsync(identifier);
        await parent.Field("Mot de passe").FillAsync(password);
        await parent.ClickAsync(parent.Button("Se connecter"), "accueil");
        await Expect(parent.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Bonjour");
    }

    /// <summary>The refused form's errors: listed at the top with the focus on the list, each field invalid and described by its message.</summary>
    public static async Task ExpectErrorsAsync(this Journey journey, params (ILocator Field, string Message)[] errors)
    {
        var summary = journey.Page.Locator("#erreurs");
        await Expect(summary).ToBeFocusedAsync();
        foreach (var (field, message) in errors)
        {
            await Expect(summary.GetByRole(AriaRole.Link, new() { Name = message })).ToBeVisibleAsync();
            await Expect(field).ToHaveAttributeAsync("aria-invalid", "true");
            await Expect(field).ToHaveAccessibleDescriptionAsync(message);
        }
    }
}
