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
}
