using Reinscription.Domain.Staff;
using Reinscription.Web.Email;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Admin;

public class FailedMailsTests(AppFixture app) : AppTest(app)
{
    private const string Password = "Personnel2026";

    [Fact]
    public async Task A_mail_given_up_shows_on_the_dashboard_of_its_sites_staff_and_is_no_longer_tried()
    {
        var meudon = await App.WithDbAsync(db => db.AddSiteAsync("Meudon"));
        var sevres = await App.WithDbAsync(db => db.AddSiteAsync("Sèvres"));
        await App.AddStaffAsync("secretariat.meudon@example.org", Password, (meudon, StaffRole.Secretariat));
        await App.AddStaffAsync("secretariat.sevres@example.org", Password, (sevres, StaffRole.Secretariat));
        var past = DateTimeOffset.UtcNow.AddHours(-2);
        var id = await App.WithDbAsync(async db =>
        {
            var message = new OutboxMessage("adresse erronée", "Votre demande de réinscription", "<p>Corps</p>", "Corps", past, meudon.Id);
            for (var refusal = 0; refusal < OutboxMessage.MaxRejections; refusal++)
            {
                message.MarkRejected("Invalid addr-spec token", past);
            }

            db.Outbox.Add(message);
            await db.SaveChangesAsync();
            return message.Id;
        });
        using var meudonStaff = App.Factory.CreateBrowser();
        using var sevresStaff = App.Factory.CreateBrowser();
        (await meudonStaff.SignInStaffAsync("secretariat.meudon@example.org", Password)).Dispose();
        (await sevresStaff.SignInStaffAsync("secretariat.sevres@example.org", Password)).Dispose();

        var meudonDashboard = await meudonStaff.GetPageAsync("/Admin");
        var sevresDashboard = await sevresStaff.GetPageAsync("/Admin");
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.StartsWith("Courriels en échec : 1 courriel(s)", meudonDashboard.TextOf("#courriels-en-echec caption"), StringComparison.Ordinal);
        Assert.Contains("adresse erronée", meudonDashboard.TextOf("#courriels-en-echec tbody"), StringComparison.Ordinal);
        Assert.Contains("Votre demande de réinscription", meudonDashboard.TextOf("#courriels-en-echec tbody"), StringComparison.Ordinal);
        Assert.Null(sevresDashboard.QuerySelector("#courriels-en-echec"));
        var row = await App.WithDbAsync(db => db.Outbox.FindAsync(id).AsTask());
        Assert.Equal(OutboxMessage.MaxRejections, row!.Attempts);
        Assert.Null(row.SentAt);
    }
}
