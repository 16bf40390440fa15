using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Reinscription.Browser.Tests.Infrastructure;
using Reinscription.Domain.Documents;
using Reinscription.Web.Tests.Documents;
using static Microsoft.Playwright.Assertions;

namespace Reinscription.Browser.Tests.Staff;

public sealed class DocumentReviewJourneys(BrowserFixture app) : BrowserTest(app)
{
    private const string AddressProof = "Justificatif de domicile de moins de 3 mois";

    [Theory, BothWidths]
    public async Task The_secretariat_signs_in_and_validates_a_document(Width width)
    {
        await App.WithDbAsync(async db =>
        {
            var family = await db.Families.SingleAsync(f => f.Identifier == "dupont1" && f.Site!.Name == "Meudon");
            var requirement = await db.DocumentRequirements.SingleAsync(r => r.Name == AddressProof);
            db.SubmittedDocuments.Add(new SubmittedDocument(requirement.Id, family.Id, null,
                new StoredFile("Quittance-d-octobre.pdf", "application/pdf", TestFiles.Pdf(["Quittance de loyer"])), DateTimeOffset.UtcNow)
            {
                PageCount = 1,
            });
            return await db.SaveChangesAsync();
        });

        var secretariat = await OpenAsync(width);
        await secretariat.SignInStaffAsync();
        await secretariat.FromMenuAsync("Documents à valider", "documents-a-valider");
        var row = secretariat.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Quittance-d-octobre.pdf" });
        await Expect(row).ToContainTextAsync("dupont1");

        await secretariat.ClickAsync(row.GetByRole(AriaRole.Link, new() { Name = "Examiner" }), "document");
        await Expect(secretariat.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(AddressProof);
        await secretariat.ClickAsync(secretariat.Button("Valider"), "document-valide");
        await Expect(secretariat.Page.Locator("#confirmation")).ToHaveTextAsync($"Document validé (dupont1, {AddressProof}).");
        await Expect(secretariat.Page.Locator("#aucun")).ToHaveTextAsync("Aucun document en attente sur vos sites.");

        var mail = await secretariat.Mail.WaitForMailToAsync("dupont@example.org");
        Assert.Equal("Document validé", mail.Subject);
    }
}
