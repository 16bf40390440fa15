using FluentValidation;

namespace Reinscription.Web.Validation;

public static class DateRules
{
    /// <summary>A birth date: in the past, and not absurdly old.</summary>
    public static IRuleBuilderOptions<T, DateOnly?> BirthDate<T>(this IRuleBuilder<T, DateOnly?> rule, TimeProvider clock) =>
        rule.Must(date => date is null || (date < Today(clock) && date > Today(clock).AddYears(-120)))
            .WithMessage("La date de naissance doit être une date passée, par exemple 14/03/2012.");

    private static DateOnly Today(TimeProvider clock) => Domain.Sites.ParisTime.Today(clock.GetUtcNow());
}
