using System.Security.Claims;
using FluentValidation;
using Reinscription.Domain.Billing;
using Reinscription.Domain.Families;
using Reinscription.Domain.Sites;
using Reinscription.Web.Audit;
using Reinscription.Web.Data;

namespace Reinscription.Web.Pages.Famille;

/// <summary>The family's situation: residency and hosting decide documents and tariff, and the way it pays.</summary>
public sealed class SituationInput
{
    public bool? IsResident { get; set; }

    public bool IsHosted { get; set; }

    public PaymentTermsInput Payment { get; set; } = new();

    public static SituationInput From(Family family) => new()
    {
        IsResident = family.IsResident,
        IsHosted = family.IsHosted,
        Payment = PaymentTermsInput.From(family),
    };
}

/// <summary>"Modalités de règlement": at once, or eight SEPA debits under a mandate.</summary>
public sealed class PaymentTermsInput
{
    public bool PaysBySepa { get; set; }

    public string AccountHolder { get; set; } = "";

    public string Iban { get; set; } = "";

    public DateOnly? MandateSignedOn { get; set; }

    public static PaymentTermsInput From(Family family)
    {
        ArgumentNullException.ThrowIfNull(family);
        return new()
        {
            PaysBySepa = family.PaysBySepa,
            AccountHolder = family.SepaMandate?.AccountHolder ?? "",
            Iban = family.SepaMandate is { } mandate ? Domain.Billing.Iban.Format(mandate.Iban) : "",
            MandateSignedOn = family.SepaMandate?.SignedOn,
        };
    }
}

public sealed class SituationInputValidator : AbstractValidator<SituationInput>
{
    public SituationInputValidator(IValidator<PaymentTermsInput> payment)
    {
        RuleFor(i => i.IsResident).NotNull().WithMessage("Indiquez si votre famille réside sur le territoire.");
        RuleFor(i => i.Payment).SetValidator(payment);
    }
}

public sealed class PaymentTermsInputValidator : AbstractValidator<PaymentTermsInput>
{
    public PaymentTermsInputValidator(TimeProvider clock)
    {
        When(p => p.PaysBySepa, () =>
        {
            RuleFor(p => p.AccountHolder).NotEmpty().WithMessage("Saisissez le nom du titulaire du compte.")
                .MaximumLength(70).WithMessage("70 caractères au maximum.");
            RuleFor(p => p.Iban).Custom((text, context) =>
            {
                if (!Domain.Billing.Iban.TryParse(text, out _, out var error))
                {
                    context.AddFailure(error);
                }
            });
            RuleFor(p => p.MandateSignedOn).NotNull().WithMessage("Saisissez la date de signature du mandat.")
                .Must(d => d is null || d <= ParisTime.Today(clock.GetUtcNow()))
                .WithMessage("La date de signature du mandat ne peut être dans le futur.")
                .Must(d => d is null || d.Value.Year >= 2000)
                .WithMessage("Vérifiez la date de signature du mandat.");
        });
    }
}

/// <summary>Applies the situation a family gave, with an audit line saying what changed.</summary>
public static class FamilySituation
{
    public static void Apply(
        ReinscriptionDbContext db,
        ClaimsPrincipal user,
        Family family,
        SituationInput? situation,
        PaymentTermsInput? payment,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(family);
        var before = (family.IsResident, family.IsHosted, family.PaysBySepa, Mandate: family.SepaMandate?.Reference, Iban: Masked(family.SepaMandate?.Iban));
        if (situation is not null)
        {
            family.IsResident = situation.IsResident ?? family.IsResident;
            family.IsHosted = situation.IsHosted;
        }

        if (payment is { PaysBySepa: true } sepa)
        {
            var iban = Domain.Billing.Iban.Parse(sepa.Iban);
            if (family.SepaMandate is not { } mandate || mandate.Iban != iban.Value || mandate.AccountHolder != sepa.AccountHolder.Trim()
                || mandate.SignedOn != sepa.MandateSignedOn)
            {
                family.PayBySepa(sepa.AccountHolder, iban, sepa.MandateSignedOn!.Value);
            }
            else
            {
                family.PaysBySepa = true;
            }
        }
        else if (payment is not null)
        {
            family.PayAtOnce();
        }

        var changes = AuditLog.Diff(
            ("Résident", before.IsResident, family.IsResident),
            ("Hébergé", before.IsHosted, family.IsHosted),
            ("Prélèvement SEPA", before.PaysBySepa, family.PaysBySepa),
            ("Mandat", before.Mandate, family.SepaMandate?.Reference),
            ("IBAN", before.Iban, Masked(family.SepaMandate?.Iban)));
        if (changes.Count > 0)
        {
            db.Audit(user, now, family.SiteId, "family.situation-changed", "Famille", family.Id,
                $"Situation de la famille {family.Identifier} modifiée par la famille.", changes);
        }
    }

    /// <summary>"FR76 **** 0189": enough to tell accounts apart in the log, not enough to use one.</summary>
    private static string? Masked(string? iban) => iban is null ? null : $"{iban[..4]} **** {iban[^4..]}";
}
