using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Courses;
using Reinscription.Domain.Families;
using Reinscription.Domain.Sites;
using Reinscription.Web.Data;

namespace Reinscription.Web.Tests.Infrastructure;

/// <summary>A site's season as the launch sees it: this year, next year, a campaign, many families.</summary>
public static partial class SeasonData
{
    public const int CurrentYear = 2025;

    /// <summary>This year (current) and next, and a campaign for next year open from <paramref name="opensAt"/> to <paramref name="closesAt"/>.</summary>
    public static async Task<ReenrollmentCampaign> AddCampaignAsync(this ReinscriptionDbContext db, Site site, DateTimeOffset opensAt, DateTimeOffset closesAt)
    {
        if (!await db.SchoolYears.AnyAsync(y => y.StartYear == CurrentYear))
        {
            var current = new SchoolYear(CurrentYear);
            current.MakeCurrent();
            db.SchoolYears.Add(current);
        }

        if (!await db.SchoolYears.AnyAsync(y => y.StartYear == CurrentYear + 1))
        {
            db.SchoolYears.Add(new SchoolYear(CurrentYear + 1));
        }

        await db.SaveChangesAsync();
        var next = await db.SchoolYears.SingleAsync(y => y.StartYear == CurrentYear + 1);
        var campaign = new ReenrollmentCampaign(site.Id, next.Id, opensAt, closesAt, closesAt.AddMonths(1));
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync();
        return campaign;
    }

    /// <summary>A campaign open since yesterday for two months.</summary>
    public static Task<ReenrollmentCampaign> AddOpenCampaignAsync(this ReinscriptionDbContext db, Site site) =>
        db.AddCampaignAsync(site, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddMonths(2));

    /// <summary><paramref name="count"/> families "famille001"… with guardian 1's e-mail "famille001@example.org"…, no account yet, in one save.</summary>
    public static async Task<IReadOnlyList<Family>> AddFamiliesAsync(this ReinscriptionDbContext db, Site site, int count, string prefix = "famille")
    {
        var families = Enumerable.Range(1, count)
            .Select(i => new Family(site.Id, $"{prefix}{i:000}", new Guardian
            {
                Civility = Civility.Madame,
                LastName = $"Nom{i:000}",
                FirstName = "Anne",
                Address = "3 rue des Lilas",
                PostalCode = "92190",
                Town = "Meudon",
                Email = $"{prefix}{i:000}@example.org",
                MobilePhone = "06 12 34 56 78",
            }))
            .ToList();
        db.Families.AddRange(families);
        await db.SaveChangesAsync();
        return families;
    }

    /// <summary>The path of the link to choose a password in a launch or reminder e-mail.</summary>
    public static string PasswordLinkOf(CaughtMail mail)
    {
        var match = PasswordLink().Match(mail.Text ?? "");
        Assert.True(match.Success, $"No password link in the mail to {mail.Envelope?.To.FirstOrDefault()?.Address}.");
        return new Uri(match.Groups[1].Value).PathAndQuery;
    }

    /// <summary>Waits until the catcher holds <paramref name="count"/> mails (more would fail the caller's own checks).</summary>
    public static async Task<IReadOnlyList<CaughtMail>> WaitForMailCountAsync(this MailCatcher mail, int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var messages = await mail.MessagesAsync();
            if (messages.Count >= count || DateTime.UtcNow > deadline)
            {
                return messages;
            }

            await Task.Delay(250);
        }
    }

    /// <summary>Chooses a password with a launch link, through the real form.</summary>
    public static async Task<HttpResponseMessage> ChoosePasswordAsync(this HttpClient client, string link, string password) =>
        await client.SubmitAsync(link, new Dictionary<string, string>
        {
            ["Input.Password"] = password,
            ["Input.Confirmation"] = password,
        });

    /// <summary>A staff browser, signed in.</summary>
    public static async Task<HttpClient> SignInStaffBrowserAsync(this AppFixture app, string email, string password)
    {
        var client = app.Factory.CreateBrowser();
        using var response = await client.SignInStaffAsync(email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    [GeneratedRegex(@"Choisir mon mot de passe : (\S+)")]
    private static partial Regex PasswordLink();
}
