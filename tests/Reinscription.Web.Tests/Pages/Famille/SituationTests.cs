using System.Net;
using Microsoft.EntityFrameworkCore;
using Reinscription.Web.Tests.Infrastructure;
using Reinscription.Web.Tests.Pages.Admin.Facturation;

namespace Reinscription.Web.Tests.Pages.Famille;

/// <summary>The family's situation and its payment terms drive the documents it is asked for.</summary>
public class SituationTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task Choosing_sepa_checks_the_iban_in_french_then_adds_the_mandate_and_rib_lines()
    {
        var demo = await App.SeedDemoAsync();
        using var martin = await App.SignInDemoFamilyAsync(demo.Meudon, "martin1");
        var before = await martin.GetPageAsync("/Famille/Documents");
        Assert.DoesNotContain("RIB pour prélèvement SEPA", before.TextOf("#pieces-famille"), StringComparison.Ordinal);

        using var typo = await martin.SubmitAsync("/Famille/Situation", new Dictionary<string, string>
        {
            ["Input.Payment.PaysBySepa"] = "true",
            ["Input.Payment.AccountHolder"] = "Julien Martin",
            ["Input.Payment.Iban"] = "FR76 3000 6000 0112 3456 7890 198",
            ["Input.Payment.MandateSignedOn"] = "2026-09-01",
        });
        var typoPage = await HtmlClient.ParseAsync(typo);
        Assert.Equal("Cet IBAN n'est pas valide : sa clé de contrôle ne correspond pas. Vérifiez qu'aucun caractère n'a été mal recopié.",
            typoPage.TextOf("[data-valmsg-for='Input.Payment.Iban']"));
        Assert.Equal("FR76 3000 6000 0112 3456 7890 198", typoPage.QuerySelector("#Input_Payment_Iban")!.GetAttribute("value"));

        using var saved = await martin.SubmitAsync("/Famille/Situation", new Dictionary<string, string>
        {
            ["Input.IsHosted"] = "true",
            ["Input.Payment.PaysBySepa"] = "true",
            ["Input.Payment.AccountHolder"] = "Julien Martin",
            ["Input.Payment.Iban"] = "fr76 3000 6000 0112 3456 7890 189",
            ["Input.Payment.MandateSignedOn"] = "2026-09-01",
        });
        var documents = await martin.GetPageAsync("/Famille/Documents");
        var billing = await martin.GetPageAsync("/Facturation");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("RIB pour prélèvement SEPA", documents.TextOf("#pieces-famille"), StringComparison.Ordinal);
        Assert.Contains("Mandat de prélèvement SEPA", documents.TextOf("#pieces-famille"), StringComparison.Ordinal);
        Assert.Contains("Attestation d'hébergement", documents.TextOf("#pieces-famille"), StringComparison.Ordinal);
        Assert.StartsWith("Modalités de règlement : huit prélèvements mensuels SEPA sur le compte FR76 3000 6000 0112 3456 7890 189 (mandat RUM-",
            billing.TextOf("#modalites"), StringComparison.Ordinal);
        Assert.Equal(1, await App.WithDbAsync(db => db.AuditLog.CountAsync(a => a.Action == "family.situation-changed")));
    }

    [Fact]
    public async Task The_caf_attestation_is_owed_by_a_family_of_two_children_under_20_and_told_so()
    {
        var demo = await App.SeedDemoAsync();
        using var dupont = await App.SignInDemoFamilyAsync(demo.Meudon, "dupont1");
        using var martin = await App.SignInDemoFamilyAsync(demo.Meudon, "martin1");
        var caf = await App.RequirementIdAsync("Attestation CAF");

        var dupontPage = await dupont.GetPageAsync("/Famille/Documents");
        var martinPage = await martin.GetPageAsync("/Famille/Documents");

        Assert.Equal("Obligatoire pour votre famille : elle compte au moins 2 enfants de moins de 20 ans.", dupontPage.TextOf($"#piece-{caf} .regle-caf"));
        Assert.NotNull(martinPage.QuerySelector($"#piece-{caf}"));
        Assert.Null(martinPage.QuerySelector($"#piece-{caf} .regle-caf"));
    }

    [Fact]
    public async Task Paying_at_once_from_the_billing_tab_needs_no_bank_details()
    {
        var demo = await App.SeedDemoAsync();
        using var dupont = await App.SignInDemoFamilyAsync(demo.Meudon, "dupont1");

        using var saved = await dupont.SubmitAsync("/Facturation/Reglement", new Dictionary<string, string> { ["Input.PaysBySepa"] = "false" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.False(await App.WithDbAsync(db => db.Families.Where(f => f.Identifier == "dupont1" && f.SiteId == demo.Meudon.Id).Select(f => f.PaysBySepa).SingleAsync()));
        Assert.Equal("Modalités de règlement : en une fois. Modifier les modalités de règlement", (await dupont.GetPageAsync("/Facturation")).TextOf("#modalites"));
    }
}
