using System.Globalization;
using System.Net;
using System.Text;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Reinscription.Web.Data.Demo;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Admin.Facturation;

/// <summary>The month's SEPA debits of the demo's families, exported for the treasury.</summary>
public class PrelevementsTests(AppFixture app) : AppTest(app)
{
    private static readonly XNamespace Pain = "urn:iso:std:iso:20022:tech:xsd:pain.008.001.02";

    [Fact]
    public async Task The_pain008_of_the_demos_sepa_families_parses_back_with_its_transactions_and_control_sum()
    {
        var demo = await App.SeedDemoAsync();
        await App.Factory.Services.SeedDemoBillingAsync(CancellationToken.None);
        var firstDue = await App.WithDbAsync(db => db.Invoices
            .Where(i => i.SchoolYear!.StartYear == 2026 && i.ByDirectDebit)
            .SelectMany(i => i.Instalments).MinAsync(e => e.DueOn));
        var month = firstDue.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        using var staff = await App.SignInStaffAsync("admin@example.org");
        var url = $"/Admin/Facturation/Prelevements?siteId={demo.Meudon.Id}&month={month}";

        var page = await staff.GetPageAsync(url);
        using var xml = await staff.SubmitAsync(page, url, new Dictionary<string, string>(), "#export-xml");
        using var csv = await staff.SubmitAsync(page, url, new Dictionary<string, string>(), "#export-csv");

        Assert.Equal("4 opération(s) pour 168,15 €.", page.TextOf("#totaux").Plain());
        Assert.Equal(HttpStatusCode.OK, xml.StatusCode);
        Assert.Equal("application/xml", xml.Content.Headers.ContentType?.MediaType);
        var document = XDocument.Parse(await xml.Content.ReadAsStringAsync());
        var header = document.Root!.Element(Pain + "CstmrDrctDbtInitn")!.Element(Pain + "GrpHdr")!;
        Assert.Equal("4", header.Element(Pain + "NbOfTxs")!.Value);
        Assert.Equal("168.15", header.Element(Pain + "CtrlSum")!.Value);
        var transactions = document.Descendants(Pain + "DrctDbtTxInf").ToList();
        Assert.Equal(4, transactions.Count);
        Assert.Equal(168.15m, transactions.Sum(t => decimal.Parse(t.Element(Pain + "InstdAmt")!.Value, CultureInfo.InvariantCulture)));
        Assert.Equal(
            ["Marc Petit", "Marc Petit", "Nadia Moreau", "Sophie Bernard"],
            transactions.Select(t => t.Element(Pain + "Dbtr")!.Element(Pain + "Nm")!.Value).Order());
        Assert.All(transactions, t => Assert.StartsWith("RUM-", t.Descendants(Pain + "MndtId").Single().Value, StringComparison.Ordinal));
        Assert.Equal(firstDue.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), document.Descendants(Pain + "ReqdColltnDt").Single().Value);
        Assert.Equal("FR72ZZZ123456", document.Descendants(Pain + "CdtrSchmeId").Descendants(Pain + "Id").Last().Value);

        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Échéance;Famille;Débiteur;IBAN;Référence du mandat;Date de signature;Montant;Référence;Facture", lines[0]);
        Assert.Equal(5, lines.Length);
        Assert.Contains(lines, l => l.StartsWith($"{firstDue:dd/MM/yyyy};bernard1;Sophie Bernard;FR1420041010050500013M02606;", StringComparison.Ordinal) && l.Contains(";43,15;", StringComparison.Ordinal));
        Assert.Equal(2, await App.WithDbAsync(db => db.AuditLog.CountAsync(a => a.Action == "sepa.exported")));
    }

    [Fact]
    public async Task A_month_without_debits_says_so()
    {
        var demo = await App.SeedDemoAsync();
        await App.Factory.Services.SeedDemoBillingAsync(CancellationToken.None);
        using var staff = await App.SignInStaffAsync();

        var page = await staff.GetPageAsync($"/Admin/Facturation/Prelevements?siteId={demo.Meudon.Id}&month=2030-07");

        Assert.Equal("Aucune échéance à prélever en juillet 2030.", page.TextOf("#aucun-prelevement"));
        Assert.Null(page.QuerySelector("#export-xml"));
    }
}
