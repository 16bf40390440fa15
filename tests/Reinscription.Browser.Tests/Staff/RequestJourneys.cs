using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Reinscription.Browser.Tests.Infrastructure;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Courses;
using static Microsoft.Playwright.Assertions;

namespace Reinscription.Browser.Tests.Staff;

public sealed class RequestJourneys(BrowserFixture app) : BrowserTest(app)
{
    private const string FmSlot = "FM 2.2 (33)";

    [Theory, BothWidths]
    public async Task The_secretariat_decides_a_request_and_exports_the_CSV(Width width)
    {
        await LucasSendsHisRequestAsync();
        var secretariat = await OpenAsync(width);
        await secretariat.SignInStaffAsync();

        await secretariat.FromMenuAsync("Demandes de réinscription", "demandes");
        await Expect(secretariat.Page.Locator("#effectif-Submitted")).ToContainTextAsync("1");
        await secretariat.ClickAsync(secretariat.Row("dupont1").GetByRole(AriaRole.Link, new() { Name = "DUPONT Lucas" }), "demande");
        await Expect(secretariat.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Demande de réinscription de DUPONT Lucas");
        await Expect(secretariat.Page.Locator("#cours")).ToContainTextAsync(FmSlot);

        await secretariat.ClickAsync(secretariat.Button("Valider la réinscription"), "demande-validee");
        await Expect(secretariat.Page.Locator("#confirmation")).ToHaveTextAsync(
            "Demande validée : la fiche de l'élève est à jour et la famille en est informée par e-mail.");
        Assert.Equal("Réinscription de Lucas validée", (await secretariat.Mail.WaitForMailToAsync("dupont@example.org")).Subject);

        await secretariat.ClickAsync(secretariat.Link("Retour aux demandes"), "demandes-apres-decision");
        await Expect(secretariat.Page.Locator("#effectif-Validated")).ToContainTextAsync("1");
        // A download is no page to check: the file is fetched with the browser's session, as the link would.
        var href = await secretariat.Link("Demandes et choix de cours").GetAttributeAsync("href");
        var file = await secretariat.Page.Context.APIRequest.GetAsync(href!);
        Assert.Matches(@"filename=demandes-meudon-\d{4}-\d{4}\.csv", file.Headers["content-disposition"]);
        var text = Encoding.UTF8.GetString(await file.BodyAsync());
        Assert.StartsWith("\uFEFF", text, StringComparison.Ordinal);
        var lucas = Assert.Single(text.Split("\r\n"), line => line.Contains("dupont1;Dupont;Lucas;", StringComparison.Ordinal));
        Assert.Contains("Validée", lucas, StringComparison.Ordinal);
        Assert.Contains(FmSlot, lucas, StringComparison.Ordinal);
    }

    /// <summary>Lucas's request as the wizard leaves it once sent: FM in "FM 2.2 (33)", its seat taken.</summary>
    private Task<int> LucasSendsHisRequestAsync() =>
        App.WithDbAsync(async db =>
        {
            var lucas = await db.Students.SingleAsync(s => s.FirstName == "Lucas" && s.Family!.Identifier == "dupont1");
            var campaign = await db.Campaigns.SingleAsync(c => c.Site!.Name == "Meudon");
            var fm = await db.Enrollments.Where(e => e.StudentId == lucas.Id && e.Course!.SchoolYear!.IsCurrent && e.Course.Discipline!.Name == "Formation musicale")
                .Select(e => e.Id).SingleAsync();
            var slot = await db.Courses.SingleAsync(c => c.SiteId == campaign.SiteId && c.SchoolYearId == campaign.TargetSchoolYearId && c.Name == FmSlot);
            var request = new ReenrollmentRequest(campaign.Id, lucas.Id);
            request.ChooseToReenrol();
            request.ChooseCourse(fm, continues: true, slot.Id, waitlistCourseId: null);
            request.Submit(DateTimeOffset.UtcNow);
            slot.TakeSeat();
            db.Enrollments.Add(new Enrollment(lucas.Id, slot.Id));
            db.ReenrollmentRequests.Add(request);
            return await db.SaveChangesAsync();
        });
}
