using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Changes;
using Reinscription.Domain.Documents;
using Reinscription.Web.Data.Demo;
using Reinscription.Web.Tests.Infrastructure;
using Reinscription.Web.Tests.Pages.Admin.Demandes;

namespace Reinscription.Web.Tests.Pages.Admin;

/// <summary>
/// Every staff page that takes an id, found by crawling rather than listed by hand, so that pages added
/// later are covered too: Meudon's secretariat follows every link and form reachable under /Admin; every
/// URL carrying a number (a path segment or a query value) that Sèvres's secretariat does not reach by its
/// own crawl is Meudon's data, and must answer 404 to Sèvres, for GET and, where a form posts to it, POST.
/// </summary>
public partial class CrossSiteCrawlTests(AppFixture app) : AppTest(app)
{
    private const int MaxPages = 400;

    [Fact]
    public async Task Sevres_secretariat_gets_404_for_every_admin_url_carrying_an_id_of_Meudons_data()
    {
        var demo = await App.SeedDemoAsync();
        await GiveMeudonSomethingToReviewAsync(demo);
        await App.AddRequestAsync(demo.Lucas, RequestStage.Submitted);
        using var meudon = await App.SignInStaffBrowserAsync("secretariat.meudon@example.org", DemoSeeder.StaffPassword);
        using var sevres = await App.SignInStaffBrowserAsync("secretariat.sevres@example.org", DemoSeeder.StaffPassword);

        var meudonSite = await CrawlAsync(meudon);
        var sevresSite = await CrawlAsync(sevres);
        var urls = meudonSite.Urls.Where(CarriesNumber).Except(sevresSite.Urls).Order(StringComparer.Ordinal).ToList();
        var forms = meudonSite.Forms.Where(f => CarriesNumber(f.Action) && !sevresSite.Forms.Any(s => s.Action == f.Action)).ToList();
        var tokenPage = await sevres.GetPageAsync("/Admin");
        var failures = new List<string>();
        foreach (var url in urls)
        {
            using var response = await sevres.GetAsync(new Uri(url, UriKind.Relative));
            if (response.StatusCode != HttpStatusCode.NotFound)
            {
                failures.Add($"GET {url} answered {(int)response.StatusCode}");
            }
        }

        foreach (var form in forms)
        {
            using var response = await sevres.PostWithTokenAsync(tokenPage, form.Action, form.Fields);
            if (response.StatusCode != HttpStatusCode.NotFound)
            {
                failures.Add($"POST {form.Action} answered {(int)response.StatusCode}");
            }
        }

        Assert.Empty(failures);
        var shapes = urls.Concat(forms.Select(f => f.Action)).Select(u => Number().Replace(u, "{n}")).ToHashSet();
        Assert.Contains("/Admin?site={n}", shapes);
        Assert.Contains("/Admin/Lancement/{n}", shapes);
        Assert.Contains("/Admin/Lancement/{n}?handler=Lancer", shapes);
        Assert.Contains("/Admin/Documents/Detail/{n}", shapes);
        Assert.Contains("/Admin/Documents/Detail/{n}?handler=Valider", shapes);
        Assert.Contains("/Admin/Documents/Consulter/{n}", shapes);
        Assert.Contains("/Admin/Modifications/Detail/{n}", shapes);
        Assert.Contains("/Admin/Modifications/Detail/{n}?handler=Accepter", shapes);
        Assert.Contains("/Admin/Demandes?campagne={n}", shapes);
        Assert.Contains("/Admin/Demandes/Detail/{n}", shapes);
        Assert.Contains("/Admin/Demandes/Detail/{n}?handler=Valider", shapes);
        Assert.Contains("/Admin/Demandes/Refuser/{n}", shapes);
        Assert.Contains("/Admin/Demandes/Modifier/{n}", shapes);
        Assert.Equal(DocumentState.Provided, await App.WithDbAsync(db => db.SubmittedDocuments.Select(d => d.State).SingleAsync()));
        Assert.Equal(ChangeStatus.Pending, await App.WithDbAsync(db => db.PendingChanges.Select(c => c.Status).SingleAsync()));
        Assert.Equal(0, await App.WithDbAsync(db => db.LaunchMailings.CountAsync()));
    }

    /// <summary>A document waiting for review and a pending change, so that their detail pages are linked.</summary>
    private Task GiveMeudonSomethingToReviewAsync(DemoStudents demo) =>
        App.WithDbAsync(async db =>
        {
            await db.AddSubmittedDocumentAsync(demo.Lucas, "Justificatif de domicile de moins de 3 mois", "quittance.pdf", 500, DateTimeOffset.UtcNow);
            var familyId = await db.Students.Where(s => s.Id == demo.Lucas).Select(s => s.FamilyId).SingleAsync();
            var current = await db.Students.SingleAsync(s => s.Id == demo.Lucas);
            var details = StudentDetails.From(current);
            db.PendingChanges.Add(new PendingChange(familyId, demo.Lucas, ChangeSubject.Student,
                Domain.Changes.ChangeValues.Serialize(details), Domain.Changes.ChangeValues.Serialize(details with { SchoolLevel = "3e" }),
                DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        });

    /// <summary>Breadth first from /Admin: every link and GET form under /Admin is visited once; POST forms are collected.</summary>
    private static async Task<Crawl> CrawlAsync(HttpClient client)
    {
        var urls = new HashSet<string>(StringComparer.Ordinal) { "/Admin" };
        var forms = new List<FoundForm>();
        var queue = new Queue<string>(urls);
        while (queue.TryDequeue(out var url))
        {
            Assert.True(urls.Count <= MaxPages, $"The crawl found more than {MaxPages} pages: a link loops.");
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode} to the site's own secretariat.");
            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var page = await HtmlClient.ParseAsync(response);
            var found = page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!)
                .Concat(page.QuerySelectorAll<IHtmlFormElement>("form").Where(f => !IsPost(f)).Select(f => GetFormUrl(f, url)));
            foreach (var link in found.Select(href => Local(href, url)).OfType<string>())
            {
                if (urls.Add(link))
                {
                    queue.Enqueue(link);
                }
            }

            forms.AddRange(page.QuerySelectorAll<IHtmlFormElement>("form").Where(IsPost)
                .Select(f => (Form: f, Action: Local(f.GetAttribute("action") ?? url, url)))
                .Where(f => f.Action is not null)
                .Select(f => new FoundForm(f.Action!, FieldsOf(f.Form))));
        }

        return new Crawl(urls, forms);
    }

    private static bool IsPost(IHtmlFormElement form) => string.Equals(form.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase);

    /// <summary>The URL a GET form leads to with the values it shows.</summary>
    private static string GetFormUrl(IHtmlFormElement form, string page)
    {
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : page.Split('?')[0];
        var query = string.Join('&', FieldsOf(form).Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));
        return query.Length == 0 ? action : $"{action}?{query}";
    }

    /// <summary>The form's fields as a browser sends them; empty text boxes filled, so that validation lets the request reach its handler.</summary>
    private static Dictionary<string, string> FieldsOf(IHtmlFormElement form)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in form.QuerySelectorAll("input[name], select[name], textarea[name]"))
        {
            var name = element.GetAttribute("name")!;
            if (name == "__RequestVerificationToken" || fields.ContainsKey(name))
            {
                continue;
            }

            fields[name] = element switch
            {
                IHtmlInputElement { Type: "checkbox" or "radio", IsChecked: false } => "",
                IHtmlInputElement { Type: "text" or "email" or "tel", Value.Length: 0 } => "Vérification",
                IHtmlInputElement input => input.Value,
                IHtmlSelectElement select => select.Value ?? "",
                IHtmlTextAreaElement { Value.Length: 0 } => "Vérification",
                IHtmlTextAreaElement textarea => textarea.Value,
                _ => "",
            };
        }

        return fields;
    }

    /// <summary>An href as a path under /Admin (fragment dropped), or null for anything else.</summary>
    private static string? Local(string href, string page)
    {
        var absolute = new Uri(new Uri("https://localhost" + page), href);
        if (absolute.Host != "localhost" || !absolute.AbsolutePath.StartsWith("/Admin", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return absolute.PathAndQuery;
    }

    private static bool CarriesNumber(string url) => Number().IsMatch(url);

    /// <summary>A path segment or a query value made of digits only.</summary>
    [GeneratedRegex(@"(?<=/|=)\d+(?=/|&|\?|$)")]
    private static partial Regex Number();

    private sealed record Crawl(IReadOnlySet<string> Urls, IReadOnlyList<FoundForm> Forms);

    private sealed record FoundForm(string Action, Dictionary<string, string> Fields);
}
