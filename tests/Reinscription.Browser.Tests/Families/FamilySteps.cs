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

    /// <summary>From the family's Accueil to step 1 of the wizard for <paramref name="student"/> ("DUPONT Lucas").</summary>
    public static async Task StartReenrolmentAsync(this Journey parent, string student = "DUPONT Lucas")
    {
        await parent.ClickAsync(parent.Link($"Réinscrire {student}"), "reinscription");
        await parent.ClickAsync(parent.Button($"Je souhaite réinscrire {student}"), "etape-1-coordonnees");
        await parent.ExpectStepAsync("1 Modification des coordonnées");
    }

    /// <summary>The wizard's "Passer à l'étape suivante"; <paramref name="step"/> names the page it leads to.</summary>
    public static Task NextStepAsync(this Journey parent, string step) =>
        parent.ClickAsync(parent.Button("Passer à l'étape suivante"), step);

    /// <summary>The wizard's current step, as its step list announces it ("4 Cours").</summary>
    public static Task ExpectStepAsync(this Journey parent, string step) =>
        Expect(parent.Page.Locator("[aria-current=step]")).ToHaveTextAsync(step);

    /// <summary>Step 3: sends <paramref name="file"/> on the line of <paramref name="requirement"/>; returns that line.</summary>
    public static async Task<ILocator> UploadAsync(this Journey parent, string requirement, FilePayload file, string step)
    {
        var line = parent.Row(requirement);
        await line.GetByLabel($"Fichier pour {requirement}").SetInputFilesAsync(file);
        await parent.ClickAsync(line.GetByRole(AriaRole.Button, new() { Name = "Importer" }), step);
        await Expect(line.Locator("td.etat")).ToHaveTextAsync("Fourni");
        return line;
    }

    /// <summary>Step 4: the slot of a course whose time the family chooses, by the label its list shows (e.g. "… (8 places)").</summary>
    public static Task ChooseSlotAsync(this Journey parent, string course, string option) =>
        parent.Field($"Horaire de {course}").SelectOptionAsync(new SelectOptionValue { Label = option });
}
