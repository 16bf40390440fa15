using System.Net;
using Reinscription.Domain.Staff;
using Reinscription.Web.Data.Demo;
using Reinscription.Web.Pages.Personnel;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Personnel;

/// <summary>Staff sign in with a password and a second factor (ASVS 5.0 V6.3.3, V6.5).</summary>
public class SecondFactorTests(AppFixture app) : AppTest(app)
{
    private const string Password = "Personnel2026";

    [Fact]
    public async Task V6_3_3_staff_need_the_code_of_their_authenticator_app_after_the_password()
    {
        var meudon = await App.WithDbAsync(db => db.AddSiteAsync("Meudon"));
        await App.AddStaffAsync("admin@example.org", Password, (meudon, StaffRole.Admin));
        using var staff = App.Factory.CreateBrowser();

        using var afterPassword = await staff.SignInStaffWithPasswordAsync("admin@example.org", Password);
        using var adminTooEarly = await staff.GetAsync(new Uri("/Admin", UriKind.Relative));
        var codePage = await staff.GetPageAsync(afterPassword.Headers.Location!.OriginalString);
        using var wrongCode = await staff.SubmitAsync(codePage, afterPassword.Headers.Location.OriginalString,
            new Dictionary<string, string> { ["Input.Code"] = WrongCode("admin@example.org") });
        using var rightCode = await staff.SubmitAsync(afterPassword.Headers.Location.OriginalString,
            new Dictionary<string, string> { ["Input.Code"] = Infrastructure.Accounts.CurrentCode("admin@example.org") });

        Assert.StartsWith("/Personnel/Code", afterPassword.Headers.Location.OriginalString, StringComparison.Ordinal);
        Assert.StartsWith("/Personnel/Connexion", adminTooEarly.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal("Code", codePage.TextOf("main form label"));
        Assert.Equal(CodeModel.FailureMessage, (await HtmlClient.ParseAsync(wrongCode)).TextOf("#erreurs li"));
        Assert.Equal("/Admin", rightCode.Headers.Location?.OriginalString);
        Assert.Equal("Tableau de bord", (await staff.GetPageAsync("/Admin")).TextOf("main h1"));
    }

    [Fact]
    public async Task V6_3_3_the_code_page_without_a_right_password_first_leads_back_to_the_sign_in()
    {
        using var stranger = App.Factory.CreateBrowser();

        using var response = await stranger.GetAsync(new Uri("/Personnel/Code", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Personnel/Connexion", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task V6_3_3_a_first_sign_in_sets_up_the_authenticator_app_and_gives_ten_recovery_codes()
    {
        await App.SeedDemoAsync();
        using var staff = App.Factory.CreateBrowser();

        using var afterPassword = await staff.SignInStaffWithPasswordAsync("secretariat.meudon@example.org", DemoSeeder.StaffPassword);
        var enrolmentUrl = afterPassword.Headers.Location!.OriginalString;
        var enrolment = await staff.GetPageAsync(enrolmentUrl);
        using var qrCode = await staff.GetAsync(new Uri(enrolment.QuerySelector("main img")!.GetAttribute("src")!, UriKind.Relative));
        var key = enrolment.TextOf("#cle").Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        using var activated = await staff.SubmitAsync(enrolment, enrolmentUrl,
            new Dictionary<string, string> { ["Input.Code"] = new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(key)).ComputeTotp() });
        var codes = await staff.GetPageAsync(activated.Headers.Location!.OriginalString);

        Assert.StartsWith("/Personnel/Authentificateur", enrolmentUrl, StringComparison.Ordinal);
        Assert.Equal("image/png", qrCode.Content.Headers.ContentType?.MediaType);
        Assert.Equal(10, codes.QuerySelectorAll("#codes-de-secours li").Length);
        Assert.Equal("/Admin", codes.QuerySelector("main a.btn-primary")!.GetAttribute("href"));
        Assert.Equal("Tableau de bord", (await staff.GetPageAsync("/Admin")).TextOf("main h1"));
    }

    [Fact]
    public async Task V6_5_1_a_recovery_code_signs_in_once()
    {
        await App.SeedDemoAsync();
        using var enrolling = App.Factory.CreateBrowser();
        using var enrolled = await enrolling.SignInStaffAsync("admin@example.org", DemoSeeder.StaffPassword);
        var code = (await enrolling.GetPageAsync(enrolled.Headers.Location!.OriginalString)).TextOf("#codes-de-secours li");
        using var first = App.Factory.CreateBrowser();
        using var second = App.Factory.CreateBrowser();

        using var firstUse = await SignInWithRecoveryCodeAsync(first, code);
        using var secondUse = await SignInWithRecoveryCodeAsync(second, code);

        Assert.Equal("/Admin", firstUse.Headers.Location?.OriginalString);
        Assert.Equal(CodeModel.FailureMessage, (await HtmlClient.ParseAsync(secondUse)).TextOf("#erreurs li"));
    }

    private static async Task<HttpResponseMessage> SignInWithRecoveryCodeAsync(HttpClient client, string code)
    {
        using var afterPassword = await client.SignInStaffWithPasswordAsync("admin@example.org", DemoSeeder.StaffPassword);
        return await client.SubmitAsync(afterPassword.Headers.Location!.OriginalString, new Dictionary<string, string> { ["Input.Code"] = code });
    }

    private static string WrongCode(string email)
    {
        var right = int.Parse(Infrastructure.Accounts.CurrentCode(email), System.Globalization.CultureInfo.InvariantCulture);
        return ((right + 500_000) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }
}
