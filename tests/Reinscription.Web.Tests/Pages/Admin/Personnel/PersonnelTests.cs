using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Reinscription.Domain.Staff;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Admin.Personnel;

public partial class PersonnelTests(AppFixture app) : AppTest(app)
{
    private const string Password = "Personnel2026";

    [Fact]
    public async Task An_admin_creates_a_secretary_whose_link_sets_the_password_once()
    {
        var meudon = await App.WithDbAsync(db => db.AddSiteAsync("Meudon"));
        await App.AddStaffAsync("admin.meudon@example.org", Password, (meudon, StaffRole.Admin));
        using var admin = App.Factory.CreateBrowser();
        using var newcomer = App.Factory.CreateBrowser();
        (await admin.SignInStaffAsync("admin.meudon@example.org", Password)).Dispose();

        using var created = await admin.SubmitAsync("/Admin/Personnel/Nouveau", new Dictionary<string, string>
        {
            ["Input.SiteId"] = meudon.Id.ToString(CultureInfo.InvariantCulture),
            ["Input.FullName"] = "Inès Garnier",
            ["Input.Email"] = "Ines.Garnier@example.org",
        });
        var list = await admin.GetPageAsync("/Admin/Personnel");
        var mail = await App.Mail.WaitForMailToAsync("ines.garnier@example.org");
        var link = LinkIn(mail);
        var form = await newcomer.GetPageAsync(link);
        using var chosen = await newcomer.SubmitAsync(form, link, new Dictionary<string, string>
        {
            ["Input.Password"] = "Secretariat2026",
            ["Input.Confirmation"] = "Secretariat2026",
        });
        using var reused = await newcomer.SubmitAsync(form, link, new Dictionary<string, string>
        {
            ["Input.Password"] = "Pirate20260",
            ["Input.Confirmation"] = "Pirate20260",
        });
        using var login = await newcomer.SignInStaffAsync("ines.garnier@example.org", "Secretariat2026");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("Compte créé pour Inès Garnier : un lien pour choisir son mot de passe est envoyé à ines.garnier@example.org.", list.TextOf("#confirmation"));
        var row = list.QuerySelectorAll("#comptes tbody tr").Single(r => r.TextContent.Contains("Inès Garnier", StringComparison.Ordinal));
        Assert.Contains("Meudon (secrétariat)", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Mot de passe pas encore choisi", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("Votre accès à l'espace du personnel", mail.Subject);
        Assert.Equal("Votre mot de passe est enregistré. Vous pouvez vous connecter à l'espace du personnel.",
            (await HtmlClient.ParseAsync(chosen)).TextOf("#confirmation"));
        Assert.Equal("Ce lien n'est plus valide : il a déjà servi ou a expiré. Demandez un nouveau lien à l'administrateur de votre site.",
            (await HtmlClient.ParseAsync(reused)).TextOf("#erreurs li"));
        // A first sign-in sets up the authenticator app and ends on the recovery codes, then the dashboard.
        Assert.StartsWith("/Admin/Compte/CodesDeSecours?returnUrl=%2FAdmin", login.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(["staff.created", "staff.password-chosen"],
            await App.WithDbAsync(db => db.AuditLog.OrderBy(e => e.Id).Select(e => e.Action).ToListAsync()));
    }

    [Fact]
    public async Task A_disabled_secretary_is_signed_out_within_the_check_interval_and_cannot_sign_in_again()
    {
        var meudon = await App.WithDbAsync(db => db.AddSiteAsync("Meudon"));
        await App.AddStaffAsync("admin.meudon@example.org", Password, (meudon, StaffRole.Admin));
        var secretary = await App.AddStaffAsync("secretariat.meudon@example.org", Password, (meudon, StaffRole.Secretariat));

        // The same app with sessions checked on every request instead of every minute: no test waits a minute.
        await using var strict = new ReinscriptionFactory(App.Database.ConnectionString, App.Mail.SmtpPort,
            new Dictionary<string, string> { ["Accounts:SessionCheckInterval"] = "00:00:00" });
        using var admin = strict.CreateBrowser();
        using var session = strict.CreateBrowser();
        using var later = strict.CreateBrowser();
        (await admin.SignInStaffAsync("admin.meudon@example.org", Password)).Dispose();
        (await session.SignInStaffAsync("secretariat.meudon@example.org", Password)).Dispose();
        await session.GetPageAsync("/Admin");

        using var disabled = await admin.SubmitAsync($"/Admin/Personnel/Compte/{secretary.Id}", new Dictionary<string, string>(),
            "main form[action*='handler=Desactiver']");
        using var afterwards = await session.GetAsync(new Uri("/Admin", UriKind.Relative));
        using var refused = await later.SignInStaffAsync("secretariat.meudon@example.org", Password);
        using var enabled = await admin.SubmitAsync($"/Admin/Personnel/Compte/{secretary.Id}", new Dictionary<string, string>(),
            "main form[action*='handler=Reactiver']");
        using var back = await later.SignInStaffAsync("secretariat.meudon@example.org", Password);

        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        Assert.StartsWith("/Personnel/Connexion", afterwards.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.StartsWith("Connexion impossible : e-mail ou mot de passe incorrect.", (await HtmlClient.ParseAsync(refused)).TextOf("#erreurs li"), StringComparison.Ordinal);
        Assert.Equal("/Admin", back.Headers.Location?.OriginalString);
        var entries = await App.WithDbAsync(db => db.AuditLog.AsNoTracking().OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(["staff.disabled", "staff.enabled"], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(secretary.Id.ToString(CultureInfo.InvariantCulture), e.RecordId));
        Assert.Equal(("État", "Actif", "Désactivé"), (entries[0].Changes[0].Field, entries[0].Changes[0].Before, entries[0].Changes[0].After));
    }

    [Fact]
    public void Open_sessions_check_their_account_at_least_every_minute()
    {
        var options = App.Factory.Services.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;

        Assert.True(options.ValidationInterval <= TimeSpan.FromMinutes(1), $"{options.ValidationInterval}");
    }

    [Fact]
    public async Task Another_sites_staff_account_answers_404_on_GET_and_POST_and_a_secretary_gets_no_staff_pages()
    {
        var meudon = await App.WithDbAsync(db => db.AddSiteAsync("Meudon"));
        var sevres = await App.WithDbAsync(db => db.AddSiteAsync("Sèvres"));
        await App.AddStaffAsync("admin.meudon@example.org", Password, (meudon, StaffRole.Admin));
        var sevresSecretary = await App.AddStaffAsync("secretariat.sevres@example.org", Password, (sevres, StaffRole.Secretariat));
        var meudonSecretary = await App.AddStaffAsync("secretariat.meudon@example.org", Password, (meudon, StaffRole.Secretariat));
        using var admin = App.Factory.CreateBrowser();
        using var secretary = App.Factory.CreateBrowser();
        (await admin.SignInStaffAsync("admin.meudon@example.org", Password)).Dispose();
        (await secretary.SignInStaffAsync("secretariat.meudon@example.org", Password)).Dispose();
        var tokenPage = await admin.GetPageAsync("/Admin/Personnel");

        await admin.GetPageAsync($"/Admin/Personnel/Compte/{sevresSecretary.Id}", HttpStatusCode.NotFound);
        using var disable = await admin.PostWithTokenAsync(tokenPage, $"/Admin/Personnel/Compte/{sevresSecretary.Id}?handler=Desactiver", new Dictionary<string, string>());
        using var create = await admin.PostWithTokenAsync(tokenPage, "/Admin/Personnel/Nouveau", new Dictionary<string, string>
        {
            ["Input.SiteId"] = sevres.Id.ToString(CultureInfo.InvariantCulture),
            ["Input.FullName"] = "Pirate",
            ["Input.Email"] = "pirate@example.org",
        });
        await secretary.GetPageAsync("/Admin/Personnel", HttpStatusCode.Forbidden);
        await secretary.GetPageAsync($"/Admin/Personnel/Compte/{meudonSecretary.Id}", HttpStatusCode.NotFound);

        Assert.Equal(HttpStatusCode.NotFound, disable.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, create.StatusCode);
        Assert.Null(await App.WithDbAsync(db => db.StaffMembers.Where(s => s.Id == sevresSecretary.Id).Select(s => s.DisabledAt).SingleAsync()));
        Assert.False(await App.WithDbAsync(db => db.StaffMembers.AnyAsync(s => s.Email == "pirate@example.org")));
        var list = await admin.GetPageAsync("/Admin/Personnel");
        Assert.DoesNotContain("secretariat.sevres@example.org", list.TextOf("#comptes"), StringComparison.Ordinal);
    }

    private static string LinkIn(CaughtMail mail)
    {
        var match = LinkPattern().Match(mail.Text ?? "");
        Assert.True(match.Success, mail.Text);
        return new Uri(match.Value).PathAndQuery;
    }

    [GeneratedRegex(@"https?://\S+/Personnel/ChoisirMotDePasse\S+")]
    private static partial Regex LinkPattern();
}
