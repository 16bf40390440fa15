using Reinscription.Domain.Billing;

namespace Reinscription.Domain.Tests.Billing;

public class SepaScheduleTests
{
    [Theory]
    [InlineData("2026-07-01", "2026-11-05")]
    [InlineData("2026-10-22", "2026-11-05")]
    [InlineData("2026-10-23", "2026-12-05")]
    [InlineData("2026-11-26", "2027-01-05")]
    public void The_first_debit_is_on_the_5th_of_november_or_the_first_5th_two_weeks_after_the_invoice(string issuedOn, string firstDueOn) =>
        Assert.Equal(DateOnly.Parse(firstDueOn, System.Globalization.CultureInfo.InvariantCulture),
            SepaSchedule.FirstDueOn(2026, DateOnly.Parse(issuedOn, System.Globalization.CultureInfo.InvariantCulture)));
}
