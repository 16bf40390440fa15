using Microsoft.Playwright;
using Reinscription.Browser.Tests.Infrastructure;
using Reinscription.Web.Data.Demo;
using static Microsoft.Playwright.Assertions;

namespace Reinscription.Browser.Tests.Staff;

/// <summary>Steps that several staff journeys go through.</summary>
public static class StaffSteps
{
    /// <summary>From the portal's landing page, through "Accès personnel", to the dashboard.</summary>
    public static async Task SignInStaffAsync(this Journey staff, string email, string password = DemoSeeder.StaffPassword)
    {
        await staff.GoToAsync("/", "portail");
        await staff.ClickAsync(staff.Link("Accès personnel"), "connexion-personnel");
        await staff.Field("E-mail").FillAsync(email);
        await staff.Field("Mot de passe").FillAsync(password);
        await staff.ClickAsync(staff.Button("Se connecter"), "tableau-de-bord");
        await Expect(staff.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tableau de bord");
    }
}
