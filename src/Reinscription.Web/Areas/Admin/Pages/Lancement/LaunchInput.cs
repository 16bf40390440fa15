using FluentValidation;

namespace Reinscription.Web.Areas.Admin.Pages.Lancement;

public sealed class LaunchInput
{
    /// <summary>The latest mailing the page showed; none before the launch.</summary>
    public int? LatestMailingId { get; set; }
}

public sealed class LaunchInputValidator : AbstractValidator<LaunchInput>
{
    public LaunchInputValidator() =>
        RuleFor(i => i.LatestMailingId).GreaterThan(0).When(i => i.LatestMailingId is not null)
            .WithMessage("Rechargez la page avant d'envoyer.");
}
