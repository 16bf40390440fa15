using Reinscription.Web.Documents;

namespace Reinscription.Web.Tests.Documents;

public class CafAttestationHintsTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData("Quotient familial : 712", "QF 712")]
    [InlineData("Quotient Familial 712 €", "QF 712")]
    [InlineData("QUOTIENT FAMILIAL (QF) au mois de juin : 712,50 €", "QF 712")]
    [InlineData("Votre quotient familial est de 1\u202f234 €", "QF 1234")]
    [InlineData("quotient\u00a0 familial\t: 98", "QF 98")]
    [InlineData("Attestation de quotient familial\nM. DUPONT, 12 rue des Lilas\nQuotient familial : 712", "QF 712")]
    [InlineData("Quotient familial\n712", "quotient familial sans montant lisible")]
    [InlineData("Quotient familial au 01/06/2026 : 712", "quotient familial sans montant lisible")]
    [InlineData("Attestation de paiement", "quotient familial introuvable")]
    public void The_quotient_familial_is_read_next_to_its_label(string text, string hint) =>
        Assert.StartsWith(hint + " ; ", CafAttestationHints.Read(text, Today), StringComparison.Ordinal);

    [Theory]
    [InlineData("le 23/06/2026", "daté du 23/06/2026 ; plus de 3 mois")]
    [InlineData("le 23/08/2026", "daté du 23/08/2026")]
    [InlineData("le 22/08/2026", "daté du 22/08/2026 ; plus de 3 mois")]
    [InlineData("né le 03/02/2015, attestation du 1er octobre 2026", "daté du 01/10/2026")]
    [InlineData("Fait le 5 août 2026", "daté du 05/08/2026 ; plus de 3 mois")]
    [InlineData("Le 12 Décembre 2025", "daté du 12/12/2025 ; plus de 3 mois")]
    [InlineData("du 01/11/2026, valable jusqu'au 31/12/2026", "daté du 01/11/2026")]
    [InlineData("le 31/02/2026 ou le 99/99/2026", "date introuvable")]
    [InlineData("sans date", "date introuvable")]
    public void The_most_recent_past_date_is_the_document_date(string text, string hint) =>
        Assert.EndsWith(" ; " + hint, CafAttestationHints.Read("Quotient familial : 712 " + text, Today), StringComparison.Ordinal);

    [Theory]
    [InlineData("")]
    [InlineData(" \n ")]
    public void Without_text_staff_are_told_to_read_the_document(string text) =>
        Assert.Equal("texte illisible : vérifier à l'œil", CafAttestationHints.Read(text, Today));
}
