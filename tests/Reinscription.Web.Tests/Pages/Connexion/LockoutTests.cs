using System.Diagnostics;
using System.Globalization;
using System.Net;
using Reinscription.Domain.Sites;
using Reinscription.Web.Pages.Connexion;
using Reinscription.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Reinscription.Web.Tests.Pages.Connexion;

/// <summary>Guessing is slowed per account, tells nothing, and locks no family out (ASVS 5.0 V6.3).</summary>
public class LockoutTests(AppFixture app, ITestOutputHelper output) : AppTest(app)
{
    private const string Password = "Parent2026";

    [Fact]
    public async Task V6_3_8_a_locked_account_answers_in_the_time_of_an_unknown_identifier()
    {
        var meudon = await App.WithDbAsync(db => db.AddSiteAsync("Meudon"));
        await App.AddFamilyWithAccountAsync(meudon, "dupont1", Password);
        using var attacker = App.Factory.CreateBrowser();
        await LockAsync(attacker, meudon, "dupont1");
        var form = await attacker.GetPageAsync("/Connexion");

        var known = new List<double>();
        var unknown = new List<double>();
        for (var attempt = 0; attempt < 21; attempt++)
        {
            var lockedTime = await TimeSignInAsync(attacker, form, meudon, "dupont1");
            var unknownTime = await TimeSignInAsync(attacker, form, meudon, "inconnu9");
            if (attempt > 0)
            {
                // The first pair warms both paths up.
                known.Add(lockedTime);
                unknown.Add(unknownTime);
            }
        }

        var ratio = Median(known) / Median(unknown);
        output.WriteLine($"Median over 20 sign-ins: locked {Median(known):F1} ms, unknown {Median(unknown):F1} ms, ratio {ratio:F2}.");
        // Without the hash on the locked path the ratio is about 0.1; the margin absorbs a loaded machine.
        Assert.True(ratio is > 0.5 and < 2.0,
            $"Median locked {Median(known):F1} ms, unknown {Median(unknown):F1} ms (ratio {ratio:F2}): timing tells the identifier exists.");
    }

    [Fact]
    public async Task V6_3_1_a_family_locked_out_by_guessing_still_signs_in_on_its_usual_browser()
    {
        var meudon = await App.WithDbAsync(db => db.AddSiteAsync("Meudon"));
        await App.AddFamilyWithAccountAsync(meudon, "dupont1", Password);
        using var family = App.Factory.CreateBrowser();
        (await family.SignInFamilyAsync(meudon, "dupont1", Password)).Dispose();
        var home = await family.GetPageAsync("/Accueil");
        (await family.SubmitAsync(home, "/Accueil", new Dictionary<string, string>(), "form[action='/Deconnexion']")).Dispose();
        using var attacker = App.Factory.CreateBrowser();

        await LockAsync(attacker, meudon, "dupont1");
        using var attackerWithTheRightPassword = await attacker.SignInFamilyAsync(meudon, "dupont1", Password);
        using var familyAgain = await family.SignInFamilyAsync(meudon, "dupont1", Password);

        Assert.Equal(IndexModel.FailureMessage, (await HtmlClient.ParseAsync(attackerWithTheRightPassword)).TextOf("#erreurs li"));
        Assert.Equal(HttpStatusCode.Redirect, familyAgain.StatusCode);
        Assert.Equal("/Accueil", familyAgain.Headers.Location?.OriginalString);
    }

    private static async Task LockAsync(HttpClient client, Site site, string identifier)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            (await client.SignInFamilyAsync(site, identifier, "Mauvais2026")).Dispose();
        }
    }

    private static async Task<double> TimeSignInAsync(HttpClient client, AngleSharp.Html.Dom.IHtmlDocument form, Site site, string identifier)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await client.SubmitAsync(form, "/Connexion", new Dictionary<string, string>
        {
            ["Input.SiteId"] = site.Id.ToString(CultureInfo.InvariantCulture),
            ["Input.Identifier"] = identifier,
            ["Input.Password"] = Password,
        });
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return elapsed;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
