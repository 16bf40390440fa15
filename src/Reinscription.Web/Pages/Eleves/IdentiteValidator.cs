using FluentValidation;
using Reinscription.Domain.Changes;
using Reinscription.Domain.Families;
using Reinscription.Web.Validation;

namespace Reinscription.Web.Pages.Eleves;

/// <summary>What the parent types in the "Identité" tab; strings stay as typed until <see cref="ToDetails"/>.</summary>
public sealed class StudentIdentityInput
{
    public Civility? Civility { get; set; }

    public string LastName { get; set; } = "";

    public string FirstName { get; set; } = "";

    public DateOnly? BirthDate { get; set; }

    public string BirthPlace { get; set; } = "";

    public bool UsesGuardianContact { get; set; }

    public string Address { get; set; } = "";

    public string PostalCode { get; set; } = "";

    public string Town { get; set; } = "";

    public string HomePhone { get; set; } = "";

    public string MobilePhone { get; set; } = "";

    public string Email { get; set; } = "";

    public string SchoolLevel { get; set; } = "";

    public string SchoolName { get; set; } = "";

    public string Nationality { get; set; } = "";

    public bool? ImageRights { get; set; }

    public bool? MayLeaveAlone { get; set; }

    public string EmergencyContactName { get; set; } = "";

    public string EmergencyContactPhone { get; set; } = "";

    public static StudentIdentityInput From(StudentDetails details) => new()
    {
        Civility = details.Civility,
        LastName = details.LastName,
        FirstName = details.FirstName,
        BirthDate = details.BirthDate,
        BirthPlace = details.BirthPlace ?? "",
        UsesGuardianContact = details.UsesGuardianContact,
        Address = details.Address ?? "",
        PostalCode = details.PostalCode ?? "",
        Town = details.Town ?? "",
        HomePhone = details.HomePhone ?? "",
        MobilePhone = details.MobilePhone ?? "",
        Email = details.Email ?? "",
        SchoolLevel = details.SchoolLevel ?? "",
        SchoolName = details.SchoolName ?? "",
        Nationality = details.Nationality ?? "",
        ImageRights = details.ImageRights,
        MayLeaveAlone = details.MayLeaveAlone,
        EmergencyContactName = details.EmergencyContactName ?? "",
        EmergencyContactPhone = details.EmergencyContactPhone ?? "",
    };

    /// <summary>The proposal, trimmed, with empty optional fields as null so that an untouched form equals the record.</summary>
    public StudentDetails ToDetails() => new(
        Civility ?? throw new InvalidOperationException("Validate the input first."),
        LastName.Trim(),
        FirstName.Trim(),
        BirthDate ?? throw new InvalidOperationException("Validate the input first."),
        Optional(BirthPlace),
        UsesGuardianContact,
        Optional(Address),
        Optional(PostalCode),
        Optional(Town),
        Optional(HomePhone),
        Optional(MobilePhone),
        Optional(Email),
        Optional(SchoolLevel),
        Optional(SchoolName),
        Optional(Nationality),
        ImageRights,
        MayLeaveAlone,
        Optional(EmergencyContactName),
        Optional(EmergencyContactPhone));

    private static string? Optional(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>Lengths follow the Students table, so that staff can apply an accepted change as it is.</summary>
public sealed class StudentIdentityInputValidator : AbstractValidator<StudentIdentityInput>
{
    public StudentIdentityInputValidator(TimeProvider clock)
    {
        RuleFor(i => i.Civility).NotNull().WithMessage("Choisissez la civilité de l'élève.");
        RuleFor(i => i.LastName).NotEmpty().WithMessage("Saisissez le nom de l'élève.").AtMost(100);
        RuleFor(i => i.FirstName).NotEmpty().WithMessage("Saisissez le prénom de l'élève.").AtMost(100);
        RuleFor(i => i.BirthDate).NotNull().WithMessage("Saisissez la date de naissance de l'élève.")
            .BirthDateInThePast(clock);
        RuleFor(i => i.BirthPlace).AtMost(100);

        // The student's own address is only needed when it is not the guardian's.
        RuleFor(i => i.Address)
            .NotEmpty().WithMessage("Saisissez l'adresse de l'élève, ou cochez « Utiliser les coordonnées du responsable légal ».")
            .When(i => !i.UsesGuardianContact)
            .AtMost(200);
        RuleFor(i => i.PostalCode)
            .NotEmpty().WithMessage("Saisissez le code postal de l'élève, ou cochez « Utiliser les coordonnées du responsable légal ».")
            .When(i => !i.UsesGuardianContact);
        RuleFor(i => i.PostalCode).FrenchPostalCode().When(i => !string.IsNullOrEmpty(i.PostalCode));
        RuleFor(i => i.Town)
            .NotEmpty().WithMessage("Saisissez la ville de l'élève, ou cochez « Utiliser les coordonnées du responsable légal ».")
            .When(i => !i.UsesGuardianContact)
            .AtMost(100);

        RuleFor(i => i.HomePhone).AtMost(30).FrenchPhone();
        RuleFor(i => i.MobilePhone).AtMost(30).FrenchPhone();
        RuleFor(i => i.Email)
            .EmailAddress().WithMessage("Saisissez une adresse e-mail valide, par exemple prenom.nom@exemple.fr.")
            .When(i => !string.IsNullOrEmpty(i.Email))
            .AtMost(200);
        RuleFor(i => i.SchoolLevel).AtMost(50);
        RuleFor(i => i.SchoolName).AtMost(200);
        RuleFor(i => i.Nationality).AtMost(50);
        RuleFor(i => i.EmergencyContactName).AtMost(200);
        RuleFor(i => i.EmergencyContactPhone).AtMost(30).FrenchPhone();
    }
}
