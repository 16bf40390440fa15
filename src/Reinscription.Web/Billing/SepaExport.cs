using System.Globalization;
using System.Text;
using System.Xml;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Billing;
using Reinscription.Domain.Sites;
using Reinscription.Web.Data;
using Reinscription.Web.Documents;

namespace Reinscription.Web.Billing;

/// <summary>One direct debit: an instalment of an invoice, under the family's mandate.</summary>
public sealed record DirectDebit(
    string InvoiceNumber,
    string FamilyIdentifier,
    string Debtor,
    string Iban,
    string MandateReference,
    DateOnly MandateSignedOn,
    DateOnly DueOn,
    decimal Amount)
{
    /// <summary>The reference the family's bank shows, unique per invoice and month.</summary>
    public string EndToEndId => string.Create(CultureInfo.InvariantCulture, $"{InvoiceNumber}-{DueOn:yyyyMM}");
}

/// <summary>The month's SEPA debits of a site, for the treasury: an ISO 20022 pain.008.001.02 file and a CSV of the same lines.</summary>
public static class SepaExport
{
    public const string Pain008Namespace = "urn:iso:std:iso:20022:tech:xsd:pain.008.001.02";

    /// <summary>
    /// The instalments due in <paramref name="month"/> of invoices paid by direct debit, for families
    /// still paying by SEPA under a mandate, whose invoice still has a balance.
    /// </summary>
    public static async Task<IReadOnlyList<DirectDebit>> DebitsOfMonthAsync(
        this ReinscriptionDbContext db, int siteId, DateOnly month, CancellationToken cancellationToken)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var rows = await db.Invoices.AsNoTracking()
            .Where(i => i.Family!.SiteId == siteId && i.ByDirectDebit && i.Family.PaysBySepa && i.Family.SepaMandate != null
                        && i.Lines.Sum(l => l.Amount) > i.Payments.Sum(p => p.Amount))
            .SelectMany(i => i.Instalments.Where(e => e.DueOn >= first && e.DueOn <= last), (i, e) => new
            {
                i.Number,
                i.Family!.Identifier,
                i.Family.SepaMandate!.AccountHolder,
                i.Family.SepaMandate.Iban,
                i.Family.SepaMandate.Reference,
                i.Family.SepaMandate.SignedOn,
                e.DueOn,
                e.Amount,
            })
            .OrderBy(r => r.DueOn).ThenBy(r => r.Identifier).ThenBy(r => r.Number)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new DirectDebit(r.Number, r.Identifier, r.AccountHolder, r.Iban, r.Reference, r.SignedOn, r.DueOn, r.Amount))];
    }

    /// <summary>
    /// The pain.008.001.02 file French banks take: one payment information block per collection date,
    /// CORE scheme, recurrent sequence (decision record 039), IBAN-only (no BIC).
    /// </summary>
    public static byte[] Pain008(Site creditor, IReadOnlyList<DirectDebit> debits, DateTimeOffset createdAt, string messageId)
    {
        ArgumentNullException.ThrowIfNull(creditor);
        ArgumentNullException.ThrowIfNull(debits);
        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true };
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("Document", Pain008Namespace);
            xml.WriteStartElement("CstmrDrctDbtInitn");
            xml.WriteStartElement("GrpHdr");
            xml.WriteElementString("MsgId", messageId);
            xml.WriteElementString("CreDtTm", createdAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture));
            xml.WriteElementString("NbOfTxs", debits.Count.ToString(CultureInfo.InvariantCulture));
            xml.WriteElementString("CtrlSum", Amount(debits.Sum(d => d.Amount)));
            xml.WriteStartElement("InitgPty");
            xml.WriteElementString("Nm", Latin(creditor.ConservatoryName, 70));
            xml.WriteEndElement();
            xml.WriteEndElement();

            foreach (var batch in debits.GroupBy(d => d.DueOn).OrderBy(g => g.Key))
            {
                xml.WriteStartElement("PmtInf");
                xml.WriteElementString("PmtInfId", $"{messageId}-{batch.Key:yyyyMMdd}");
                xml.WriteElementString("PmtMtd", "DD");
                xml.WriteElementString("BtchBookg", "true");
                xml.WriteElementString("NbOfTxs", batch.Count().ToString(CultureInfo.InvariantCulture));
                xml.WriteElementString("CtrlSum", Amount(batch.Sum(d => d.Amount)));
                xml.WriteStartElement("PmtTpInf");
                Code(xml, "SvcLvl", "SEPA");
                Code(xml, "LclInstrm", "CORE");
                xml.WriteElementString("SeqTp", "RCUR");
                xml.WriteEndElement();
                xml.WriteElementString("ReqdColltnDt", batch.Key.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                Party(xml, "Cdtr", creditor.ConservatoryName);
                Account(xml, "CdtrAcct", creditor.CreditorIban);
                NoBic(xml, "CdtrAgt");
                xml.WriteElementString("ChrgBr", "SLEV");
                xml.WriteStartElement("CdtrSchmeId");
                xml.WriteStartElement("Id");
                xml.WriteStartElement("PrvtId");
                xml.WriteStartElement("Othr");
                xml.WriteElementString("Id", creditor.CreditorIdentifier);
                xml.WriteStartElement("SchmeNm");
                xml.WriteElementString("Prtry", "SEPA");
                xml.WriteEndElement();
                xml.WriteEndElement();
                xml.WriteEndElement();
                xml.WriteEndElement();
                xml.WriteEndElement();
                foreach (var debit in batch)
                {
                    xml.WriteStartElement("DrctDbtTxInf");
                    xml.WriteStartElement("PmtId");
                    xml.WriteElementString("EndToEndId", debit.EndToEndId);
                    xml.WriteEndElement();
                    xml.WriteStartElement("InstdAmt");
                    xml.WriteAttributeString("Ccy", "EUR");
                    xml.WriteString(Amount(debit.Amount));
                    xml.WriteEndElement();
                    xml.WriteStartElement("DrctDbtTx");
                    xml.WriteStartElement("MndtRltdInf");
                    xml.WriteElementString("MndtId", debit.MandateReference);
                    xml.WriteElementString("DtOfSgntr", debit.MandateSignedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    xml.WriteEndElement();
                    xml.WriteEndElement();
                    NoBic(xml, "DbtrAgt");
                    Party(xml, "Dbtr", debit.Debtor);
                    Account(xml, "DbtrAcct", debit.Iban);
                    xml.WriteStartElement("RmtInf");
                    xml.WriteElementString("Ustrd", Latin($"Facture {debit.InvoiceNumber} famille {debit.FamilyIdentifier}", 140));
                    xml.WriteEndElement();
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return buffer.ToArray();
    }

    /// <summary>The same lines for a spreadsheet: UTF-8 with a byte order mark and ";" so that Excel in French opens it as is.</summary>
    public static byte[] Csv(IReadOnlyList<DirectDebit> debits)
    {
        ArgumentNullException.ThrowIfNull(debits);
        var french = CultureInfo.GetCultureInfo("fr-FR");
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, new CsvConfiguration(french) { Delimiter = ";" }))
        {
            foreach (var header in new[] { "Échéance", "Famille", "Débiteur", "IBAN", "Référence du mandat", "Date de signature", "Montant", "Référence", "Facture" })
            {
                csv.WriteField(header);
            }

            csv.NextRecord();
            foreach (var debit in debits)
            {
                csv.WriteField(debit.DueOn.ToString("dd/MM/yyyy", french));
                csv.WriteField(debit.FamilyIdentifier);
                csv.WriteField(debit.Debtor);
                csv.WriteField(debit.Iban);
                csv.WriteField(debit.MandateReference);
                csv.WriteField(debit.MandateSignedOn.ToString("dd/MM/yyyy", french));
                csv.WriteField(debit.Amount.ToString("0.00", french));
                csv.WriteField(debit.EndToEndId);
                csv.WriteField(debit.InvoiceNumber);
                csv.NextRecord();
            }
        }

        return buffer.ToArray();
    }

    private static string Amount(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>SEPA files take the basic Latin set: accents are dropped, other characters become spaces.</summary>
    private static string Latin(string text, int maxLength)
    {
        var plain = new string(Diacritics.Remove(text).Select(c => char.IsAsciiLetterOrDigit(c) || " /-?:().,'+".Contains(c, StringComparison.Ordinal) ? c : ' ').ToArray()).Trim();
        return plain.Length <= maxLength ? plain : plain[..maxLength];
    }

    private static void Code(XmlWriter xml, string element, string code)
    {
        xml.WriteStartElement(element);
        xml.WriteElementString("Cd", code);
        xml.WriteEndElement();
    }

    private static void Party(XmlWriter xml, string element, string name)
    {
        xml.WriteStartElement(element);
        xml.WriteElementString("Nm", Latin(name, 70));
        xml.WriteEndElement();
    }

    private static void Account(XmlWriter xml, string element, string iban)
    {
        xml.WriteStartElement(element);
        xml.WriteStartElement("Id");
        xml.WriteElementString("IBAN", iban);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>Since 2016 a SEPA debit needs no BIC: the agent is "NOTPROVIDED", as pain.008.001.02 spells it.</summary>
    private static void NoBic(XmlWriter xml, string element)
    {
        xml.WriteStartElement(element);
        xml.WriteStartElement("FinInstnId");
        xml.WriteStartElement("Othr");
        xml.WriteElementString("Id", "NOTPROVIDED");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }
}
