using System.Globalization;

namespace Reinscription.Domain.Tariffs;

/// <summary>Numbers in the sentences that explain a tariff, written the French way whatever the server's culture.</summary>
public static class FrenchNumbers
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>"1 380".</summary>
    public static string Whole(int value) => value.ToString("N0", Culture);

    /// <summary>"2,5", "10".</summary>
    public static string Number(decimal value) => value.ToString("0.##", Culture);

    /// <summary>"41 400,00 €".</summary>
    public static string Euros(decimal amount) => amount.ToString("C2", Culture);
}
