namespace Reinscription.Domain.Billing;

/// <summary>When a year's fees fall due: in one payment, or in eight monthly direct debits.</summary>
public static class SepaSchedule
{
    public const int Instalments = 8;

    /// <summary>Debits are taken on the 5th of the month.</summary>
    public const int DueDay = 5;

    /// <summary>The SEPA rulebook's default notice: the family learns the amount and date 14 days before.</summary>
    public const int NoticeDays = 14;

    /// <summary>The first debit of the year starting in September of <paramref name="startYear"/>.</summary>
    public const int FirstMonth = 11;

    /// <summary>
    /// The 5th of November of the school year, or of the first month whose 5th is at least the notice
    /// period after the invoice is issued.
    /// </summary>
    public static DateOnly FirstDueOn(int startYear, DateOnly issuedOn)
    {
        var due = new DateOnly(startYear, FirstMonth, DueDay);
        var earliest = issuedOn.AddDays(NoticeDays);
        while (due < earliest)
        {
            due = due.AddMonths(1);
        }

        return due;
    }
}
