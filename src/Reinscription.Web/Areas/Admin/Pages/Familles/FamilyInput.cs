using FluentValidation;
using Reinscription.Domain.Changes;
using Reinscription.Domain.Families;
using Reinscription.Web.Pages.Famille;

namespace Reinscription.Web.Areas.Admin.Pages.Familles;

/// <summary>A family's record as staff type it: the two guardians (the family's own fields) and what decides tariffs and documents.</summary>
public sealed class FamilyInput
{
    /// <summary>Only when creating: the site the family belongs to.</summary>
    public int? SiteId { get; set; }

    public GuardianInput Guardian1 { get; set; } = new();

    public GuardianInput Guardian2 { get; set; } = new();

    public bool IsResident { get; set; }

    public bool PaysBySepa { get; set; }

    public bool IsHosted { get; set; }

    public static FamilyInput From(Family family) => new()
    {
        Guardian1 = GuardianInput.From(GuardianDetails.From(family.Guardian1)),
        Guardian2 = GuardianInput.From(family.Guardian2 is null ? null : GuardianDetails.From(family.Guardian2)),
        IsResident = family.IsResident,
        PaysBySepa = family.PaysBySepa,
        IsHosted = family.IsHosted,
    };

    public void ApplyTo(Family family)
    {
        Guardian1.ToDetails().ApplyTo(family.Guardian1);
        if (Guardian2.IsBlank)
        {
            family.RemoveGuardian2();
        }
        else if (family.Guardian2 is null)
        {
            family.AddGuardian2(Guardian2.ToDetails().ToGuardian());
        }
        else
        {
            Guardian2.ToDetails().ApplyTo(family.Guardian2);
        }

        family.IsResident = IsResident;
        family.PaysBySepa = PaysBySepa;
        family.IsHosted = IsHosted;
    }
}

/// <summary>The same rules as the family's own Identité tab: staff and families fill the same record.</summary>
public sealed class FamilyInputValidator : AbstractValidator<FamilyInput>
{
    public FamilyInputValidator(TimeProvider clock)
    {
        RuleFor(i => i.Guardian1).SetValidator(new GuardianInputValidator(clock));
        RuleFor(i => i.Guardian2).SetValidator(new GuardianInputValidator(clock)).When(i => !i.Guardian2.IsBlank);
    }
}
