using Microsoft.Playwright;
using OtpNet;
using Reinscription.Browser.Tests.Infrastructure;
using Reinscription.Web.Data.Demo;
using static Microsoft.Playwright.Assertions;

namespace Reinscription.Browser.Tests.Staff;

public sealed class StaffSignInJourneys(BrowserFixture app) : BrowserTest(app)
{
    private const string AppCode = "Code affiché par l'application";

    [Theory, BothWidths]
    public async Task A_secretary_sets_up_the_authenticator_app_then_signs_in_with_its_code(Width width)
    {
        var secretary = await OpenAsync(width);
        await secretary.GoToAsync("/", "portail");
        await secretary.ClickAsync(secretary.Link("Accès personnel"), "connexion-personnel");
        await secretary.Field("E-mail").FillAsync(StaffSteps.Secretariat);
        await secretary.Field("Mot de passe").FillAsync(DemoSeeder.StaffPassword);
        await secretary.ClickAsync(secretary.Button("Se connecter"), "authentificateur");
        await Expect(secretary.Page.GetByRole(AriaRole.Img, new() { Name = "QR code à scanner avec l'application d'authentification" })).ToBeVisibleAsync();
        var key = await secretary.AuthenticatorKeyAsync();

        // The code of ten minutes ago: what a phone whose clock is wrong would show.
        var stale = new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(DateTime.UtcNow.AddMinutes(-10));
        await secretary.Field(AppCode).FillAsync(stale);
        await secretary.ClickAsync(secretary.Button("Activer"), "code-refuse");
        await secretary.ExpectErrorsAsync((secretary.Field(AppCode),
            "Ce code ne correspond pas : vérifiez l'heure de votre téléphone et saisissez le code affiché à l'instant."));

        await secretary.Field(AppCode).FillAsync(Authenticator.CodeNow(key));
        await secretary.ClickAsync(secretary.Button("Activer"), "codes-de-secours");
        await Expect(secretary.Page.Locator("#codes-de-secours li")).ToHaveCountAsync(10);
        await secretary.ClickAsync(secretary.Link("Continuer"), "tableau-de-bord");
        await Expect(secretary.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tableau de bord");

        await secretary.SignOutAsync();
        await secretary.SignInStaffAsync(key: key);
        await Expect(secretary.Menu).ToContainTextAsync("Documents à valider");
    }
}
