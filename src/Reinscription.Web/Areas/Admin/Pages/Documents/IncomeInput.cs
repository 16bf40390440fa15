using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Reinscription.Domain.Documents;
using Reinscription.Domain.Tariffs;
using Reinscription.Web.Pages.Simulateur;

namespace Reinscription.Web.Areas.Admin.Pages.Documents;

/// <summary>
/// The figures a tariff follows from, typed or confirmed by staff as they validate an income document:
/// the quotient of a CAF attestation (prefilled from what the PDF inspection read), the reference
/// income and shares of a tax notice.
/// </summary>
public sealed partial class IncomeInput
{
    public string Quotient { get; set; } = "";

    public string ReferenceIncome { get; set; } = "";

    public string Shares { get; set; } = "";

    /// <summary>"QF 712 ; daté du…" gives 712.</summary>
    public static IncomeInput Prefilled(string? hints) => new()
    {
        Quotient = hints is not null && HintedQuotient().Match(hints) is { Success: true } match ? match.Groups[1].Value : "",
    };

    /// <summary>The figures, or false with each problem next to its field.</summary>
    public bool TryRead(DocumentKind kind, ModelStateDictionary modelState, out int? quotient, out TaxNoticeFigures? taxNotice)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        quotient = null;
        taxNotice = null;
        if (kind == DocumentKind.CafAttestation)
        {
            if (SimulationInput.ParseNumber(Quotient) is { } q && q >= 0 && q == decimal.Truncate(q) && q <= int.MaxValue)
            {
                quotient = (int)q;
            }
            else
            {
                modelState.AddModelError("Income.Quotient", "Saisissez le quotient familial lu sur l'attestation, en chiffres (par exemple 712).");
            }
        }
        else if (kind == DocumentKind.TaxNotice && (ReferenceIncome.Trim().Length > 0 || Shares.Trim().Length > 0))
        {
            var income = SimulationInput.ParseNumber(ReferenceIncome);
            var shares = SimulationInput.ParseNumber(Shares);
            if (income is not >= 0)
            {
                modelState.AddModelError("Income.ReferenceIncome", "Saisissez le revenu fiscal de référence en euros, par exemple 41 400.");
            }

            if (shares is not (> 0 and <= 20))
            {
                modelState.AddModelError("Income.Shares", "Saisissez le nombre de parts, un nombre positif comme 1, 2 ou 2,5.");
            }

            if (income is >= 0 && shares is > 0 and <= 20)
            {
                taxNotice = new TaxNoticeFigures(income.Value, shares.Value);
            }
        }

        return modelState.IsValid;
    }

    [GeneratedRegex(@"^QF (\d+)")]
    private static partial Regex HintedQuotient();
}
