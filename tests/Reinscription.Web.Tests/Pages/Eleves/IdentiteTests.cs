using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Changes;
using Reinscription.Web.Changes;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Eleves;

public class IdentiteTests(AppFixture app) : AppTest(app)
{
    public static TheoryData<string, string, string> RefusedValues => new()
    {
        { "Input.PostalCode", "9219", "Le code postal doit comporter 5 chiffres, par exemple 92190." },
        { "Input.MobilePhone", "06 12 34", "Saisissez un numéro de téléphone français à 10 chiffres, par exemple 01 46 29 32 96." },
        { "Input.EmergencyContactPhone", "12 34 56 78 90", "Saisissez un numéro de téléphone français à 10 chiffres, par exemple 01 46 29 32 96." },
        { "Input.BirthDate", NextYear(), "La date de naissance doit être une date passée." },
        { "Input.BirthDate", "1850-01-01", "La date de naissance ne peut être antérieure à 1900." },
        { "Input.Email", "lucas.dupont.example.org", "Saisissez une adresse e-mail valide, par exemple prenom.nom@exemple.fr." },
        { "Input.FirstName", "", "Saisissez le prénom de l'élève." },
    };

    [Fact]
    public async Task The_form_shows_the_student_as_recorded_with_labels_and_mandatory_fields()
    {
        var demo = await App.SeedDemoAsync();
        using var dupont = await App.SignInDemoFamilyAsync(demo.Meudon, "dupont1");

        var page = await dupont.GetPageAsync($"/Eleves/Identite/{demo.Lucas}");

        Assert.Equal("Identité - DUPONT Lucas - Réinscriptions Grand Paris Seine Ouest", page.Title);
        Assert.Equal("Dupont", Value(page, "Input.LastName"));
        Assert.Equal("Lucas", Value(page, "Input.FirstName"));
        Assert.Equal("2012-03-14", Value(page, "Input.BirthDate"));
        Assert.Equal("Clamart", Value(page, "Input.BirthPlace"));
        Assert.Equal("4e", Value(page, "Input.SchoolLevel"));
        Assert.Equal("Collège Armande Béjart, Meudon", Value(page, "Input.SchoolName"));
        Assert.Equal("Française", Value(page, "Input.Nationality"));
        Assert.Equal("Monique Dupont (grand-mère)", Value(page, "Input.EmergencyContactName"));
        Assert.Equal("06 11 22 33 44", Value(page, "Input.EmergencyContactPhone"));
        Assert.True(Checked(page, "#civilite-monsieur"));
        Assert.False(Checked(page, "#civilite-madame"));
        Assert.True(Checked(page, "#image-oui"));
        Assert.True(Checked(page, "#sortie-oui"));
        Assert.True(Checked(page, "#Input_UsesGuardianContact"));
        Assert.Equal("Utiliser les coordonnées du responsable légal", page.TextOf("label[for=Input_UsesGuardianContact]"));
        Assert.Contains("12 rue de la République, 92190 Meudon", page.TextOf("#adresse-aide"), StringComparison.Ordinal);
        Assert.Equal("Nom *", page.TextOf("label[for=Input_LastName]"));
        Assert.True(page.QuerySelector<IHtmlInputElement>("#Input_LastName")!.IsRequired);
        Assert.Equal("true", page.QuerySelector("#Input_BirthDate")!.GetAttribute("aria-required"));
        Assert.Equal("CP", page.TextOf("label[for=Input_PostalCode]"));
        Assert.Null(page.QuerySelector("#en-attente"));
    }

    [Fact]
    public async Task An_edit_waits_for_staff_leaves_the_record_as_it_was_and_sends_an_acknowledgement()
    {
        var demo = await App.SeedDemoAsync();
        using var dupont = await App.SignInDemoFamilyAsync(demo.Meudon, "dupont1");

        using var saved = await dupont.SubmitAsync($"/Eleves/Identite/{demo.Lucas}", new Dictionary<string, string>
        {
            ["Input.SchoolLevel"] = "3e",
            ["Input.MobilePhone"] = "06 55 44 33 22",
            ["Input.ImageRights"] = "false",
        });
        var reloaded = await dupont.GetPageAsync($"/Eleves/Identite/{demo.Lucas}");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/Eleves/Identite/{demo.Lucas}", saved.Headers.Location?.OriginalString);
        var change = Assert.Single(await App.WithDbAsync(db => db.PendingChanges.AsNoTracking().ToListAsync()));
        Assert.Equal((ChangeSubject.Student, demo.Lucas, ChangeStatus.Pending), (change.Subject, change.StudentId, change.Status));
        var proposed = ChangeValues.Deserialize<StudentDetails>(change.ProposedValuesJson);
        Assert.Equal(("3e", "06 55 44 33 22", false), (proposed.SchoolLevel, proposed.MobilePhone, proposed.ImageRights));
        Assert.Equal("Collège Armande Béjart, Meudon", proposed.SchoolName);
        var student = await App.WithDbAsync(db => db.Students.AsNoTracking().SingleAsync(s => s.Id == demo.Lucas));
        Assert.Equal(("4e", null, true), (student.SchoolLevel, student.MobilePhone, student.ImageRights));

        Assert.Equal(
            "Vos modifications sont transmises au conservatoire, qui doit les valider. Un accusé de réception vous a été envoyé par e-mail.",
            reloaded.TextOf("#confirmation"));
        Assert.Equal("Éléments modifiés — Fiche élève en attente de validation", reloaded.TextOf("#en-attente"));
        Assert.Equal("3e", Value(reloaded, "Input.SchoolLevel"));
        Assert.Equal("06 55 44 33 22", Value(reloaded, "Input.MobilePhone"));
        Assert.True(Checked(reloaded, "#image-non"));

        var mail = await App.Mail.WaitForMailToAsync("dupont@example.org");
        Assert.Equal("Modification de la fiche élève enregistrée", mail.Subject);
        Assert.Contains("Lucas DUPONT", mail.Text, StringComparison.Ordinal);
        Assert.Contains("en attente de validation par le conservatoire", mail.Text, StringComparison.Ordinal);
        Assert.Contains("Niveau scolaire : « 4e » devient « 3e »", mail.Text, StringComparison.Ordinal);
        Assert.Contains("Mobile : (vide) devient « 06 55 44 33 22 »", mail.Text, StringComparison.Ordinal);
        Assert.Contains("Droit à l'image : « Oui » devient « Non »", mail.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Nationalité", mail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_edit_before_staff_decide_revises_the_same_pending_change()
    {
        var demo = await App.SeedDemoAsync();
        using var dupont = await App.SignInDemoFamilyAsync(demo.Meudon, "dupont1");

        (await dupont.SubmitAsync($"/Eleves/Identite/{demo.Emma}", new Dictionary<string, string> { ["Input.SchoolLevel"] = "6e" })).Dispose();
        (await dupont.SubmitAsync($"/Eleves/Identite/{demo.Emma}", new Dictionary<string, string> { ["Input.SchoolName"] = "Collège Rabelais, Meudon" })).Dispose();
        var reloaded = await dupont.GetPageAsync($"/Eleves/Identite/{demo.Emma}");

        var change = Assert.Single(await App.WithDbAsync(db => db.PendingChanges.AsNoTracking().ToListAsync()));
        var proposed = ChangeValues.Deserialize<StudentDetails>(change.ProposedValuesJson);
        Assert.Equal(("6e", "Collège Rabelais, Meudon"), (proposed.SchoolLevel, proposed.SchoolName));
        Assert.Equal("6e", Value(reloaded, "Input.SchoolLevel"));
        Assert.Equal("Collège Rabelais, Meudon", Value(reloaded, "Input.SchoolName"));
        Assert.Equal("CM2", await App.WithDbAsync(db => db.Students.Where(s => s.Id == demo.Emma).Select(s => s.SchoolLevel).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(RefusedValues))]
    public async Task A_refused_value_is_explained_next_to_its_field_kept_as_typed_and_nothing_is_recorded(
        string field, string typed, string message)
    {
        var demo = await App.SeedDemoAsync();
        using var dupont = await App.SignInDemoFamilyAsync(demo.Meudon, "dupont1");

        using var response = await dupont.SubmitAsync($"/Eleves/Identite/{demo.Lucas}", new Dictionary<string, string>
        {
            [field] = typed,
            ["Input.SchoolLevel"] = "3e",
        });

        var page = await HtmlClient.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, page.TextOf($"[data-valmsg-for='{field}']"));
        Assert.Equal(typed, Value(page, field));
        Assert.Equal("3e", Value(page, "Input.SchoolLevel"));
        Assert.Contains($"Corrigez ce qui est signalé, puis envoyez à nouveau le formulaire. {message}", page.TextOf("#erreurs"), StringComparison.Ordinal);
        Assert.Equal(0, await App.WithDbAsync(db => db.PendingChanges.CountAsync()));
        Assert.Equal(0, await App.WithDbAsync(db => db.Outbox.CountAsync()));
    }

    [Fact]
    public async Task Without_the_guardians_contact_details_the_students_address_is_required()
    {
        var demo = await App.SeedDemoAsync();
        using var dupont = await App.SignInDemoFamilyAsync(demo.Meudon, "dupont1");

        using var refused = await dupont.SubmitAsync($"/Eleves/Identite/{demo.Lucas}", new Dictionary<string, string>
        {
            ["Input.UsesGuardianContact"] = "false",
        });
        using var accepted = await dupont.SubmitAsync($"/Eleves/Identite/{demo.Lucas}", new Dictionary<string, string>
        {
            ["Input.UsesGuardianContact"] = "false",
            ["Input.Address"] = "8 rue des Capucins",
            ["Input.PostalCode"] = "92190",
            ["Input.Town"] = "Meudon",
        });

        var page = await HtmlClient.ParseAsync(refused);
        Assert.Equal("Saisissez l'adresse de l'élève, ou cochez « Utiliser les coordonnées du responsable légal ».",
            page.TextOf("[data-valmsg-for='Input.Address']"));
        Assert.Equal("Saisissez le code postal de l'élève, ou cochez « Utiliser les coordonnées du responsable légal ».",
            page.TextOf("[data-valmsg-for='Input.PostalCode']"));
        Assert.Equal("Saisissez la ville de l'élève, ou cochez « Utiliser les coordonnées du responsable légal ».",
            page.TextOf("[data-valmsg-for='Input.Town']"));
        Assert.False(Checked(page, "#Input_UsesGuardianContact"));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var proposed = ChangeValues.Deserialize<StudentDetails>(
            await App.WithDbAsync(db => db.PendingChanges.Select(c => c.ProposedValuesJson).SingleAsync()));
        Assert.Equal((false, "8 rue des Capucins", "92190", "Meudon"), (proposed.UsesGuardianContact, proposed.Address, proposed.PostalCode, proposed.Town));
    }

    [Fact]
    public async Task Saving_an_untouched_form_records_nothing_and_says_so()
    {
        var demo = await App.SeedDemoAsync();
        using var dupont = await App.SignInDemoFamilyAsync(demo.Meudon, "dupont1");

        using var saved = await dupont.SubmitAsync($"/Eleves/Identite/{demo.Lucas}", new Dictionary<string, string>());
        var reloaded = await dupont.GetPageAsync($"/Eleves/Identite/{demo.Lucas}");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Aucune modification à enregistrer.", reloaded.TextOf("#confirmation"));
        Assert.Null(reloaded.QuerySelector("#en-attente"));
        Assert.Equal(0, await App.WithDbAsync(db => db.PendingChanges.CountAsync()));
        Assert.Equal(0, await App.WithDbAsync(db => db.Outbox.CountAsync()));
    }

    private static string NextYear() =>
        DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Value(IHtmlDocument page, string name) =>
        page.QuerySelector<IHtmlInputElement>($"main form input[name='{name}']")?.Value;

    private static bool Checked(IHtmlDocument page, string selector) =>
        page.QuerySelector<IHtmlInputElement>(selector)!.IsChecked;
}
