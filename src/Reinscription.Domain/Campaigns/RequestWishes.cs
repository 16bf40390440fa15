namespace Reinscription.Domain.Campaigns;

/// <summary>
/// The free text of step 4: another conservatory, a sibling, the instruments wished in priority order,
/// a collective practice and new disciplines. Blank answers are kept as none.
/// </summary>
public sealed record RequestWishes(
    string? OtherConservatory = null,
    string? Siblings = null,
    string? FirstInstrumentWish = null,
    string? SecondInstrumentWish = null,
    string? CollectivePracticeWish = null,
    string? NewDisciplines = null)
{
    public RequestWishes Trimmed() => new(
        Optional(OtherConservatory),
        Optional(Siblings),
        Optional(FirstInstrumentWish),
        Optional(SecondInstrumentWish),
        Optional(CollectivePracticeWish),
        Optional(NewDisciplines));

    /// <summary>The instruments wished, first choice first, for staff who assign them.</summary>
    public IReadOnlyList<string> InstrumentsInOrder =>
        [.. new[] { FirstInstrumentWish, SecondInstrumentWish }.OfType<string>().Where(w => w.Length > 0)];

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
