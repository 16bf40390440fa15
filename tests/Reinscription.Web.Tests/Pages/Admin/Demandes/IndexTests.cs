using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Documents;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Admin.Demandes;

/// <summary>The requests list of a campaign: counts by status, each filter, sorting and pages.</summary>
public class IndexTests(AppFixture app) : AppTest(app)
{
    /// <summary>
    /// Meudon in May: Lucas sent his request (family documents missing), Emma leaves, Chloé has not answered;
    /// five more families: a draft with wishes, a request sent with every document validated, one validated
    /// (its file waiting for staff), one refused (its file refused), one opened without choosing.
    /// </summary>
    private async Task<DemoStudents> MayAsync()
    {
        var demo = await App.SeedDemoAsync();
        await App.AddRequestAsync(demo.Lucas, RequestStage.Submitted);
        await App.AddRequestAsync(demo.Emma, RequestStage.NotReenrolling);
        var lea = await App.AddMeudonStudentAsync("bernard1", "Bernard", "Léa");
        await App.AddRequestAsync(lea, RequestStage.Draft, "FM 2.2 (31)", r => r.ChangeWishes(new RequestWishes(FirstInstrumentWish: "Alto")));
        var zoe = await App.AddMeudonStudentAsync("lefevre1", "Lefèvre", "Zoé");
        await App.AddRequestAsync(zoe, RequestStage.Submitted);
        await App.AddDocumentAsync(zoe, "Justificatif de domicile de moins", DocumentState.Validated);
        var hugo = await App.AddMeudonStudentAsync("moreau1", "Moreau", "Hugo");
        await App.AddRequestAsync(hugo, RequestStage.Validated);
        await App.AddDocumentAsync(hugo, "Justificatif de domicile de moins", DocumentState.Provided);
        var ines = await App.AddMeudonStudentAsync("roux1", "Roux", "Inès");
        await App.AddRequestAsync(ines, RequestStage.Refused);
        await App.AddDocumentAsync(ines, "Justificatif de domicile de moins", DocumentState.Refused);
        var noe = await App.AddMeudonStudentAsync("petit1", "Petit", "Noé");
        await App.AddRequestAsync(noe, RequestStage.NotAnswered);
        return demo;
    }

    [Fact]
    public async Task The_secretariat_sees_its_campaign_by_default_with_a_count_for_each_status()
    {
        await MayAsync();
        using var staff = await App.SignInMeudonSecretariatAsync();

        var page = await staff.GetPageAsync("/Admin/Demandes");

        Assert.Equal("Meudon - 2026-2027", page.QuerySelector<IHtmlSelectElement>("#campagne")!.SelectedOptions.Single().TextContent);
        Assert.Equal(
            [["Sans réponse", "2"], ["Brouillon", "1"], ["Transmise", "2"], ["Validée", "1"], ["Refusée", "1"], ["Ne se réinscrit pas", "1"]],
            page.QuerySelectorAll("#effectifs tbody tr").Select(r => new[] { r.QuerySelector("th")!.TextContent.Trim(), r.QuerySelector("td")!.TextContent.Trim() }).ToArray());
        Assert.Equal("8", page.TextOf("#effectif-total"));
        Assert.Equal("8 élève(s) - page 1 sur 1", page.TextOf("#demandes caption"));
        Assert.Equal(
            ["BERNARD Léa", "DUPONT Emma", "DUPONT Lucas", "LEFÈVRE Zoé", "MARTIN Chloé", "MOREAU Hugo", "PETIT Noé", "ROUX Inès"],
            Names(page));
        var lucas = page.RowsOf("#demandes").Single(r => r[0] == "dupont1 (DUPONT)" && r[1] == "Transmise");
        Assert.Equal(["dupont1 (DUPONT)", "Transmise", "12/05/2026 à 18:30", RequestData.Slot33, "Manquantes"], lucas);
        Assert.NotNull(page.QuerySelector("nav a[href='/Admin/Demandes']"));
    }

    [Theory]
    [InlineData("statut=Submitted", new[] { "DUPONT Lucas", "LEFÈVRE Zoé" })]
    [InlineData("statut=NotAnswered", new[] { "MARTIN Chloé", "PETIT Noé" })]
    [InlineData("statut=NotReenrolling", new[] { "DUPONT Emma" })]
    [InlineData("manquantes=true", new[] { "BERNARD Léa", "DUPONT Emma", "DUPONT Lucas", "MARTIN Chloé", "PETIT Noé", "ROUX Inès" })]
    [InlineData("voeux=true", new[] { "BERNARD Léa" })]
    [InlineData("recherche=lefevre", new[] { "LEFÈVRE Zoé" })]
    [InlineData("recherche=CHLOE", new[] { "MARTIN Chloé" })]
    [InlineData("recherche=dupont1", new[] { "DUPONT Emma", "DUPONT Lucas" })]
    [InlineData("statut=Submitted&manquantes=true", new[] { "DUPONT Lucas" })]
    public async Task Each_filter_lists_the_students_a_secretariat_expects(string query, string[] expected)
    {
        await MayAsync();
        using var staff = await App.SignInMeudonSecretariatAsync();

        var page = await staff.GetPageAsync($"/Admin/Demandes?{query}");

        Assert.Equal(expected, Names(page));
        Assert.Equal($"{expected.Length} élève(s) - page 1 sur 1", page.TextOf("#demandes caption"));
    }

    [Fact]
    public async Task Discipline_and_course_filters_take_their_ids_from_the_lists_offered()
    {
        await MayAsync();
        using var staff = await App.SignInMeudonSecretariatAsync();
        var page = await staff.GetPageAsync("/Admin/Demandes");
        string ValueOf(string select, string text) =>
            page.QuerySelectorAll($"#{select} option").Single(o => o.TextContent == text).GetAttribute("value")!;

        var dance = await staff.GetPageAsync($"/Admin/Demandes?discipline={ValueOf("discipline", "Danse")}");
        var slot = await staff.GetPageAsync($"/Admin/Demandes?cours={ValueOf("cours", RequestData.Slot33Label)}");
        var fm = await staff.GetPageAsync($"/Admin/Demandes?discipline={ValueOf("discipline", "Formation musicale")}");

        Assert.Equal(["DUPONT Emma"], Names(dance));
        Assert.Equal(["DUPONT Lucas", "LEFÈVRE Zoé", "MOREAU Hugo", "ROUX Inès"], Names(slot));
        Assert.DoesNotContain("DUPONT Emma", Names(fm));
        Assert.Equal("0", fm.TextOf("#effectif-NotReenrolling td"));
        Assert.Equal("2", fm.TextOf("#effectif-NotAnswered td"));
    }

    [Fact]
    public async Task The_filter_form_keeps_what_was_typed_and_counts_follow_every_filter_but_the_status()
    {
        await MayAsync();
        using var staff = await App.SignInMeudonSecretariatAsync();
        var page = await staff.GetPageAsync("/Admin/Demandes");

        using var filtered = await staff.GetAsync(new Uri(
            "/Admin/Demandes?" + string.Join('&', FormValues(page, new() { ["statut"] = "Submitted", ["recherche"] = "dupont", ["manquantes"] = "true" })),
            UriKind.Relative));
        var result = await HtmlClient.ParseAsync(filtered);

        Assert.Equal(["DUPONT Lucas"], Names(result));
        Assert.Equal("dupont", result.QuerySelector<IHtmlInputElement>("#recherche")!.Value);
        Assert.True(result.QuerySelector<IHtmlInputElement>("#manquantes")!.IsChecked);
        Assert.Equal("Submitted", result.QuerySelector<IHtmlSelectElement>("#statut")!.Value);
        Assert.Equal("1", result.TextOf("#effectif-NotReenrolling td"));
        Assert.Equal("1", result.TextOf("#effectif-Submitted td"));
    }

    [Fact]
    public async Task Sorting_by_status_and_by_submission_date()
    {
        await MayAsync();
        using var staff = await App.SignInMeudonSecretariatAsync();

        var byStatus = await staff.GetPageAsync("/Admin/Demandes?tri=Stage");
        var bySubmission = await staff.GetPageAsync("/Admin/Demandes?tri=SubmittedAt&statut=Submitted");

        Assert.Equal(
            ["Sans réponse", "Sans réponse", "Brouillon", "Transmise", "Transmise", "Validée", "Refusée", "Ne se réinscrit pas"],
            byStatus.RowsOf("#demandes").Select(r => r[1]).ToArray());
        Assert.Equal(["DUPONT Lucas", "LEFÈVRE Zoé"], Names(bySubmission));
    }

    [Fact]
    public async Task A_long_list_comes_fifty_students_a_page_with_links_that_keep_the_filters()
    {
        await App.SeedDemoAsync();
        await App.WithDbAsync(async db =>
        {
            var site = await db.Sites.SingleAsync(s => s.Name == "Meudon");
            var fm = await db.Courses.SingleAsync(c => c.SiteId == site.Id && c.SchoolYear!.IsCurrent && c.Name == "FM 2.1 (21)");
            for (var i = 0; i < 55; i++)
            {
                var family = new Domain.Families.Family(site.Id, $"famille{i:00}", new Domain.Families.Guardian { LastName = "Garnier", Email = $"f{i}@example.org" });
                var student = new Domain.Families.Student("Garnier", $"Élève {i:00}", new DateOnly(2015, 1, 1), Domain.Families.Civility.Monsieur);
                family.AddStudent(student);
                db.Families.Add(family);
                await db.SaveChangesAsync();
                db.Enrollments.Add(new Domain.Courses.Enrollment(student.Id, fm.Id));
            }

            await db.SaveChangesAsync();
        });
        using var staff = await App.SignInMeudonSecretariatAsync();

        var first = await staff.GetPageAsync("/Admin/Demandes?recherche=garnier");
        var next = first.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        var second = await staff.GetPageAsync(next);

        Assert.Equal(50, first.RowsOf("#demandes").Count);
        Assert.Equal("55 élève(s) - page 1 sur 2", first.TextOf("#demandes caption"));
        Assert.Equal("/Admin/Demandes?campagne=" + await App.MeudonCampaignIdAsync() + "&recherche=garnier&p=2", next);
        Assert.Equal(["GARNIER Élève 50", "GARNIER Élève 51", "GARNIER Élève 52", "GARNIER Élève 53", "GARNIER Élève 54"], Names(second));
        Assert.NotNull(second.QuerySelector("a[rel=prev]"));
    }

    [Fact]
    public async Task A_search_longer_than_allowed_is_refused_next_to_the_field()
    {
        await MayAsync();
        using var staff = await App.SignInMeudonSecretariatAsync();

        var page = await staff.GetPageAsync("/Admin/Demandes?recherche=" + new string('a', 101));

        Assert.Equal("La recherche ne peut dépasser 100 caractères.", page.TextOf("#filtres .text-danger"));
        Assert.Null(page.QuerySelector("#demandes"));
    }

    private static string[] Names(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("#demandes tbody th").Select(th => th.TextContent.Trim())];

    /// <summary>The GET form's fields as a browser sends them, with <paramref name="values"/> typed in.</summary>
    private static IEnumerable<string> FormValues(IHtmlDocument page, Dictionary<string, string> values)
    {
        var form = page.QuerySelector<IHtmlFormElement>("#filtres")!;
        foreach (var element in form.QuerySelectorAll("input[name], select[name]"))
        {
            var name = element.GetAttribute("name")!;
            var value = values.TryGetValue(name, out var typed) ? typed
                : element is IHtmlInputElement { Type: "checkbox" } ? null
                : element is IHtmlSelectElement select ? select.Value : ((IHtmlInputElement)element).Value;
            if (!string.IsNullOrEmpty(value))
            {
                yield return $"{name}={Uri.EscapeDataString(value)}";
            }
        }
    }
}
