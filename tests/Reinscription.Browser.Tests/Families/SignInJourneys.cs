using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Reinscription.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Reinscription.Browser.Tests.Families;

public sealed partial class SignInJourneys(BrowserFixture app) : BrowserTest(app)
{
    [Theory, BothWidths]
    public async Task A_parent_signs_in_through_the_site_list_after_a_form_sent_empty(Width width)
    {
        var parent = await OpenAsync(width);
        await parent.GoToAsync("/", "portail");
        await Expect(parent.Page.GetByRole(AriaRole.Heading, new() { Name = "Conservatoire Marcel Dupré de Meudon" })).ToBeVisibleAsync();
        await parent.ClickAsync(parent.Link("Accès usager"), "connexion");

        await parent.ClickAsync(parent.Button("Se connecter"), "connexion-refusee");
        await parent.ExpectErrorsAsync(
            (parent.Field("Site"), "Choisissez votre site."),
            (parent.Field("Identifiant"), "Saisissez votre identifiant."),
            (parent.Field("Mot de passe"), "Saisissez votre mot de passe."));

        await parent.Field("Site").SelectOptionAsync(new SelectOptionValue { Label = "Meudon" });
        await parent.Field("Identifiant").FillAsync("dupont1");
        await parent.Field("Mot de passe").FillAsync("Parent2026");
        await parent.ClickAsync(parent.Button("Se connecter"), "accueil");

        await Expect(parent.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Bonjour Madame Claire DUPONT");
        await Expect(parent.Page.GetByRole(AriaRole.Navigation, new() { Name = "Navigation principale" })).ToBeVisibleAsync();
    }

    [Theory, BothWidths]
    public async Task A_parent_who_lost_the_password_chooses_a_new_one_from_the_mail(Width width)
    {
        var parent = await OpenAsync(width);
        await parent.GoToAsync("/Connexion", "connexion");
        await parent.ClickAsync(parent.Link("Mot de passe perdu"), "mot-de-passe-perdu");
        await parent.Field("Site").SelectOptionAsync(new SelectOptionValue { Label = "Meudon" });
        await parent.Field("Identifiant").FillAsync("dupont1");
        await parent.Field("E-mail").FillAsync("dupont@example.org");
        await parent.ClickAsync(parent.Button("Valider"), "lien-envoye");
        await Expect(parent.Page.Locator("#confirmation")).ToContainTextAsync("un e-mail vient d'être envoyé");

        var mail = await parent.Mail.WaitForMailToAsync("dupont@example.org");
        Assert.Equal("Choisir votre mot de passe", mail.Subject);
        var link = ResetLink().Match(mail.Text ?? "").Value;
        await parent.GoToAsync(link, "nouveau-mot-de-passe");
        await parent.Field("Saisir le nouveau mot de passe").FillAsync("Violoncelle2027");
        await parent.Field("Ressaisir le nouveau mot de passe").FillAsync("Violoncelle2028");
        await parent.ClickAsync(parent.Button("Enregistrer"), "confirmation-differente");
        await parent.ExpectErrorsAsync((parent.Field("Ressaisir le nouveau mot de passe"), "Les deux saisies du nouveau mot de passe sont différentes."));

        await parent.Field("Saisir le nouveau mot de passe").FillAsync("Violoncelle2027");
        await parent.Field("Ressaisir le nouveau mot de passe").FillAsync("Violoncelle2027");
        await parent.ClickAsync(parent.Button("Enregistrer"), "mot-de-passe-enregistre");
        await Expect(parent.Page.Locator("#confirmation")).ToHaveTextAsync("Votre mot de passe est enregistré. Vous pouvez vous connecter.");

        await parent.ClickAsync(parent.Link("Se connecter"), "connexion-nouveau-mot-de-passe");
        await parent.Field("Site").SelectOptionAsync(new SelectOptionValue { Label = "Meudon" });
        await parent.Field("Identifiant").FillAsync("dupont1");
        await parent.Field("Mot de passe").FillAsync("Violoncelle2027");
        await parent.ClickAsync(parent.Button("Se connecter"), "accueil");
        await Expect(parent.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Bonjour Madame Claire DUPONT");
    }

    [GeneratedRegex(@"https?://\S+/Connexion/NouveauMotDePasse\S+")]
    private static partial Regex ResetLink();
}
