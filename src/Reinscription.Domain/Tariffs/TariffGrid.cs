using Reinscription.Domain.Courses;

namespace Reinscription.Domain.Tariffs;

/// <summary>
/// A school year's tariffs: brackets of quotient familial, each with amounts by category and
/// residency. A family without income documents pays the ceiling bracket.
/// </summary>
public class TariffGrid
{
    private readonly List<TariffBracket> _brackets = [];

    private TariffGrid()
    {
    }

    public TariffGrid(int schoolYearId, decimal fileFee)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fileFee);
        SchoolYearId = schoolYearId;
        FileFee = fileFee;
    }

    public int Id { get; private set; }

    public int SchoolYearId { get; private set; }

    public SchoolYear? SchoolYear { get; private set; }

    /// <summary>Frais de dossier, charged once per family.</summary>
    public decimal FileFee { get; private set; }

    public IReadOnlyCollection<TariffBracket> Brackets => _brackets;

    /// <summary>Adds the next bracket; brackets must follow each other without gap or overlap.</summary>
    public TariffBracket AddBracket(int minQuotient, int? maxQuotient)
    {
        var previous = _brackets.OrderBy(b => b.Number).LastOrDefault();
        if (previous is { MaxQuotient: null })
        {
            throw new InvalidOperationException($"La tranche {previous.Number} est la dernière : elle n'a pas de plafond.");
        }

        var expectedMin = previous is null ? 0 : previous.MaxQuotient!.Value + 1;
        if (minQuotient != expectedMin)
        {
            throw new ArgumentException($"La tranche suivante doit commencer au quotient {expectedMin}.", nameof(minQuotient));
        }

        var bracket = new TariffBracket(_brackets.Count + 1, minQuotient, maxQuotient);
        _brackets.Add(bracket);
        return bracket;
    }

    public TariffBracket Ceiling => _brackets.MaxBy(b => b.Number)
        ?? throw new InvalidOperationException("La grille tarifaire n'a aucune tranche.");

    /// <summary>The bracket for a quotient familial; the ceiling when the quotient is unknown.</summary>
    public TariffBracket BracketFor(int? quotient)
    {
        if (quotient is not { } qf)
        {
            return Ceiling;
        }

        return _brackets.FirstOrDefault(b => b.Contains(qf)) ?? Ceiling;
    }

    public decimal AmountFor(int? quotient, TariffCategory category, bool isResident) =>
        BracketFor(quotient).AmountFor(category, isResident);
}
