using System.Globalization;

namespace Reinscription.Web;

/// <summary>Amounts and dates the way French invoices write them, whatever the server's culture.</summary>
public static class FrenchFormat
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>"1 234,56 €", with the non-breaking spaces of fr-FR so that an amount never wraps.</summary>
    public static string Euros(decimal amount) => amount.ToString("C2", French);

    /// <summary>"05/11/2025".</summary>
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", French);
}
