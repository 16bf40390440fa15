using Microsoft.Playwright;
using Reinscription.Browser.Tests.Infrastructure;
using Reinscription.Web.Tests.Documents;
using static Microsoft.Playwright.Assertions;

namespace Reinscription.Browser.Tests.Families;

public sealed class ReenrolmentJourneys(BrowserFixture app) : BrowserTest(app)
{
    private const string AddressProof = "Justificatif de domicile de moins de 3 mois";
    private const string FmSlot = "FM 2.2 (33) - JEUDI - 17.00 à 18.30";
    private const string FullFmSlot = "FM 2.2 (32) - MERCREDI - 14.00 à 15.30";
    private const string Terms = "J'accepte les conditions générales d'inscription et le règlement intérieur du conservatoire.";

    private static readonly FilePayload Receipt = new()
    {
        Name = "Quittance d'octobre.pdf",
        MimeType = "application/pdf",
        Buffer = TestFiles.Pdf(["Quittance de loyer", "Octobre 2026", "12 rue de la République, 92190 Meudon"]),
    };

    [Theory, BothWidths]
    public async Task A_parent_reenrols_a_student_through_the_six_steps_and_joins_a_waiting_list(Width width)
    {
        var parent = await OpenAsync(width);
        await parent.SignInAsync();
        await parent.StartReenrolmentAsync();
        await Expect(parent.Field("Prénom *").First).ToHaveValueAsync("Claire");

        await parent.NextStepAsync("etape-2-autorisations");
        await parent.ExpectStepAsync("2 Autorisations");
        await parent.Page.GetByRole(AriaRole.Group, new() { Name = "Autorisation de sortie *" }).GetByLabel("Non").CheckAsync();

        await parent.NextStepAsync("etape-3-documents");
        await parent.ExpectStepAsync("3 Documents");
        var line = await parent.UploadAsync(AddressProof, Receipt, "etape-3-document-importe");
        await Expect(line).ToContainTextAsync("Quittance-d-octobre.pdf");

        await parent.NextStepAsync("etape-4-cours");
        await parent.ExpectStepAsync("4 Cours");
        await parent.ChooseSlotAsync("Formation musicale", $"{FmSlot} (8 places)");
        await parent.Field("Liste d'attente de Formation musicale (facultatif)")
            .SelectOptionAsync(new SelectOptionValue { Label = $"{FullFmSlot} (complet — liste d'attente)" });
        await parent.Field("Instrument souhaité (1er choix)").FillAsync("Alto");

        await parent.NextStepAsync("etape-5-recapitulatif");
        await parent.ExpectStepAsync("5 Récapitulatif");
        await Expect(parent.Page.Locator("#recap-cours-table")).ToContainTextAsync(FmSlot);
        await Expect(parent.Page.Locator("#recap-cours-table")).ToContainTextAsync($"Liste d'attente : {FullFmSlot}");
        await Expect(parent.Page.Locator("#recap-autorisations-valeurs")).ToHaveTextAsync("Droit à l'image Oui Autorisation de sortie Non");
        await Expect(parent.Page.Locator("#recap-documents-table")).ToContainTextAsync("Quittance-d-octobre.pdf");
        await parent.ClickAsync(parent.Button("Valider"), "etape-5-conditions-non-acceptees");
        await parent.ExpectErrorsAsync((parent.Field(Terms), "Cochez « J'accepte » pour valider la réinscription."));

        await parent.Field(Terms).CheckAsync();
        await parent.ClickAsync(parent.Button("Valider"), "etape-6-finalisation");
        await Expect(parent.Page.Locator("#termine")).ToContainTextAsync("Votre demande de réinscription a bien été prise en compte.");
        await Expect(parent.Page.Locator("#listes-attente")).ToContainTextAsync($"{FullFmSlot} — 1re position sur la liste d'attente");
        var acknowledgement = await parent.Mail.WaitForMailToAsync("dupont@example.org");
        Assert.Equal("Réinscription de Lucas enregistrée", acknowledgement.Subject);
        Assert.Contains($"Formation musicale : {FmSlot}", acknowledgement.Text, StringComparison.Ordinal);
        Assert.Contains($"Liste d'attente : {FullFmSlot} — 1re position sur la liste d'attente", acknowledgement.Text, StringComparison.Ordinal);
    }

    [Theory, BothWidths]
    public async Task A_parent_completes_the_wizard_with_the_keyboard_alone(Width width)
    {
        var parent = await OpenAsync(width);
        var keyboard = parent.Page.Keyboard;
        await parent.GoToAsync("/", "portail");
        await parent.TabToAsync(parent.Link("Accès usager"));
        await parent.PressAsync("Enter", "connexion");
        await parent.TabToAsync(parent.Field("Site"));
        await keyboard.TypeAsync("Meudon");
        await Expect(parent.Field("Site")).ToHaveValueAsync(await SiteValueAsync(parent, "Meudon"));
        await parent.TabToAsync(parent.Field("Identifiant"));
        await keyboard.TypeAsync("dupont1");
        await parent.TabToAsync(parent.Field("Mot de passe"));
        await keyboard.TypeAsync("Parent2026");
        await parent.PressAsync("Enter", "accueil");

        await parent.TabToAsync(parent.Link("Réinscrire DUPONT Lucas"));
        await parent.PressAsync("Enter", "reinscription");
        await parent.TabToAsync(parent.Button("Je souhaite réinscrire DUPONT Lucas"));
        await parent.PressAsync("Space", "etape-1-coordonnees");

        await parent.TabToAsync(parent.Button("Passer à l'étape suivante"));
        await parent.PressAsync("Enter", "etape-2-autorisations");

        // In a group of radios, Tab stops on the checked one and the arrows move the choice.
        var leaving = parent.Page.GetByRole(AriaRole.Group, new() { Name = "Autorisation de sortie *" });
        await parent.TabToAsync(leaving.GetByLabel("Oui"));
        await keyboard.PressAsync("ArrowRight");
        await Expect(leaving.GetByLabel("Non")).ToBeCheckedAsync();
        await parent.TabToAsync(parent.Button("Passer à l'étape suivante"));
        await parent.PressAsync("Enter", "etape-3-documents");

        var line = parent.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = AddressProof });
        await parent.TabToAsync(line.GetByLabel($"Fichier pour {AddressProof}"));
        var chooser = await parent.Page.RunAndWaitForFileChooserAsync(() => keyboard.PressAsync("Space"));
        await chooser.SetFilesAsync(Receipt);
        await parent.TabToAsync(line.GetByRole(AriaRole.Button, new() { Name = "Importer" }));
        await parent.PressAsync("Enter", "etape-3-document-importe");
        await Expect(line.Locator("td.etat")).ToHaveTextAsync("Fourni");
        await parent.TabToAsync(parent.Button("Passer à l'étape suivante"));
        await parent.PressAsync("Enter", "etape-4-cours");

        await parent.TabToAsync(parent.Field("Horaire de Formation musicale"));
        await keyboard.TypeAsync(FmSlot);
        await Expect(parent.Field("Horaire de Formation musicale").Locator("option:checked")).ToHaveTextAsync($"{FmSlot} (8 places)");
        await parent.TabToAsync(parent.Button("Passer à l'étape suivante"));
        await parent.PressAsync("Enter", "etape-5-recapitulatif");

        await parent.TabToAsync(parent.Field(Terms));
        await keyboard.PressAsync("Space");
        await Expect(parent.Field(Terms)).ToBeCheckedAsync();
        await parent.TabToAsync(parent.Button("Valider"));
        await parent.PressAsync("Enter", "etape-6-finalisation");
        await Expect(parent.Page.Locator("#termine")).ToContainTextAsync("Votre demande de réinscription a bien été prise en compte.");
    }

    private static async Task<string> SiteValueAsync(Journey parent, string site) =>
        await parent.Field("Site").Locator("option", new() { HasText = site }).GetAttributeAsync("value") ?? "";
}
