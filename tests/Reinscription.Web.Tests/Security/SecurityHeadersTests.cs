using System.Net;
using AngleSharp.Dom;
using Reinscription.Web.Data.Demo;
using Reinscription.Web.Tests.Documents;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Security;

/// <summary>The headers of every response (ASVS 5.0, V3.4) and its caching (V14.3.2), checked along a crawl.</summary>
public class SecurityHeadersTests(AppFixture app) : AppTest(app)
{
    private const string Policy =
        "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    [Fact]
    public async Task V3_4_every_response_of_an_anonymous_a_family_and_a_staff_crawl_carries_the_security_headers()
    {
        var demo = await App.SeedDemoAsync();
        using var dupont = await App.SignInDemoFamilyAsync(demo.Meudon, "dupont1");
        var address = await App.RequirementIdAsync("Justificatif de domicile de moins");
        (await dupont.UploadAsync("/Famille/Documents", address, TestFiles.Pdf(["Quittance de loyer"]), "quittance.pdf")).Dispose();
        using var staff = App.Factory.CreateBrowser();
        (await staff.SignInStaffAsync("admin@example.org", DemoSeeder.StaffPassword)).Dispose();
        using var anonymous = App.Factory.CreateBrowser();

        var crawled = new List<string>();
        crawled.AddRange(await CrawlAsync(anonymous, "/", "/Connexion/MotDePassePerdu", "/Personnel/Connexion", "/health", "/page-inconnue"));
        crawled.AddRange(await CrawlAsync(dupont, "/Accueil"));
        crawled.AddRange(await CrawlAsync(staff, "/Admin"));

        Assert.Contains(crawled, url => url.StartsWith("/Documents/Consulter/", StringComparison.Ordinal));
        Assert.Contains(crawled, url => url.StartsWith("/Admin/Documents/Consulter/", StringComparison.Ordinal));
        Assert.Contains(crawled, url => url.StartsWith("/Reinscription/", StringComparison.Ordinal));
        Assert.Contains(crawled, url => url.StartsWith("/Admin/Sites/Modifier/", StringComparison.Ordinal));
        Assert.Contains(crawled, url => url.StartsWith("/css/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task V3_4_1_hsts_asks_browsers_for_a_year_of_https_on_the_domain_and_its_subdomains()
    {
        using var client = App.Factory.CreateClient(new() { BaseAddress = new Uri("https://reinscriptions.example") });

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal("max-age=31536000; includeSubDomains", response.Headers.GetValues("Strict-Transport-Security").Single());
    }

    /// <summary>
    /// Follows every same-origin link, stylesheet and script from <paramref name="starts"/>, and checks
    /// each response: the headers, and in HTML nothing that the policy would block.
    /// </summary>
    private static async Task<List<string>> CrawlAsync(HttpClient client, params string[] starts)
    {
        var seen = new HashSet<string>(starts, StringComparer.Ordinal);
        var pending = new Queue<string>(starts);
        var crawled = new List<string>();
        while (pending.TryDequeue(out var url) && crawled.Count < 250)
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            crawled.Add(url);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound or HttpStatusCode.Redirect, $"{url}: {response.StatusCode}");
            Assert.Equal(Policy, Header(response, "Content-Security-Policy", url));
            Assert.Equal("nosniff", Header(response, "X-Content-Type-Options", url));
            Assert.Equal("no-referrer", Header(response, "Referrer-Policy", url));

            var isStaticFile = url.StartsWith("/css/", StringComparison.Ordinal) || url.StartsWith("/js/", StringComparison.Ordinal)
                || url.StartsWith("/lib/", StringComparison.Ordinal);
            if (!isStaticFile)
            {
                Assert.Contains("no-store", Header(response, "Cache-Control", url), StringComparison.Ordinal);
            }

            var links = response.StatusCode == HttpStatusCode.Redirect
                ? [response.Headers.Location!.OriginalString]
                : response.Content.Headers.ContentType?.MediaType == "text/html"
                    ? await LinksOfAsync(response, url)
                    : [];
            foreach (var link in links.Select(l => l.Split('#')[0]).Where(l => l.StartsWith('/') && !l.StartsWith("//", StringComparison.Ordinal)))
            {
                if (seen.Add(link))
                {
                    pending.Enqueue(link);
                }
            }
        }

        return crawled;
    }

    private static async Task<IEnumerable<string>> LinksOfAsync(HttpResponseMessage response, string url)
    {
        var page = await HtmlClient.ParseAsync(response);
        foreach (var element in page.QuerySelectorAll("*"))
        {
            Assert.False(element.HasAttribute("style"), $"{url}: style attribute on <{element.LocalName}>");
            Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.Ordinal));
        }

        Assert.Empty(page.QuerySelectorAll("style"));
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
        Assert.DoesNotContain(page.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
        return page.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!)
            .Concat(page.QuerySelectorAll("script[src], img[src]").Select(e => e.GetAttribute("src")!));
    }

    private static string Header(HttpResponseMessage response, string name, string url) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{url}: no {name} header");
}
