using Microsoft.Playwright;
using OtpNet;
using Reinscription.Browser.Tests.Infrastructure;
using Reinscription.Web.Data.Demo;
using static Microsoft.Playwright.Assertions;

namespace Reinscription.Browser.Tests.Staff;

/// <summary>Steps that several staff journeys go through; a new staff journey is made of these and a few clicks.</summary>
public static class StaffSteps
{
    /// <summary>The secretariat of Meudon in the demo data.</summary>
    public const string Secretariat = "secretariat.meudon@example.org";

    /// <summary>
    /// From the portal's landing page, through "Accès personnel", e-mail and password, then the
    /// second factor, to the dashboard. The first time, the account sets up its authenticator app
    /// from the key the page shows and passes the recovery codes; afterwards it types the app's code.
    /// Returns the authenticator key, for a later sign-in of the same account.
    /// </summary>
    public static async Task<string> SignInStaffAsync(this Journey staff, string email = Secretariat, string password = DemoSeeder.StaffPassword, string? key = null)
    {
        await staff.GoToAsync("/", "portail");
        await staff.ClickAsync(staff.Link("Accès personnel"), "connexion-personnel");
        await staff.Field("E-mail").FillAsync(email);
        await staff.Field("Mot de passe").FillAsync(password);
        if (key is null)
        {
            await staff.ClickAsync(staff.Button("Se connecter"), "authentificateur");
            key = await staff.AuthenticatorKeyAsync();
            await staff.Field("Code affiché par l'application").FillAsync(Authenticator.CodeNow(key));
            await staff.ClickAsync(staff.Button("Activer"), "codes-de-secours");
            await Expect(staff.Page.Locator("#codes-de-secours li")).ToHaveCountAsync(10);
            await staff.ClickAsync(staff.Link("Continuer"), "tableau-de-bord");
        }
        else
        {
            await staff.ClickAsync(staff.Button("Se connecter"), "code");
            await staff.Field("Code").FillAsync(Authenticator.CodeNow(key));
            await staff.ClickAsync(staff.Button("Valider"), "tableau-de-bord");
        }

        await Expect(staff.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tableau de bord");
        return key;
    }

    /// <summary>A page of the staff menu (the dashboard repeats some of its links: the menu's is the one meant).</summary>
    public static Task FromMenuAsync(this Journey staff, string link, string step) =>
        staff.ClickAsync(staff.Menu.GetByRole(AriaRole.Link, new() { Name = link, Exact = true }), step);

    /// <summary>Ends the session with the menu's "Déconnexion"; the portal's landing page follows.</summary>
    public static Task SignOutAsync(this Journey staff) =>
        staff.ClickAsync(staff.Menu.GetByRole(AriaRole.Button, new() { Name = "Déconnexion", Exact = true }), "deconnexion");

    /// <summary>The key the enrolment page shows beside its QR code, as a person would type it in the app.</summary>
    public static async Task<string> AuthenticatorKeyAsync(this Journey staff) =>
        (await staff.Page.Locator("#cle").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
}

/// <summary>An authenticator app: the time-based one-time password of RFC 6238 (SHA-1, 30 s steps, 6 digits).</summary>
public static class Authenticator
{
    public static string CodeNow(string base32Key) => new Totp(Base32Encoding.ToBytes(base32Key)).ComputeTotp(DateTime.UtcNow);
}
