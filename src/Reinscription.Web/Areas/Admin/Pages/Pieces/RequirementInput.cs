using FluentValidation;
using Reinscription.Domain.Documents;
using Reinscription.Domain.Sites;

namespace Reinscription.Web.Areas.Admin.Pages.Pieces;

/// <summary>A line of the documents list as the create and edit forms post it; the level (family or student) is chosen at creation only.</summary>
public sealed class RequirementInput
{
    public RequirementScope Scope { get; set; }

    public string Name { get; set; } = "";

    public string HelpText { get; set; } = "";

    public RequirementCondition Condition { get; set; }

    public int? ConditionDisciplineId { get; set; }

    public DocumentKind Kind { get; set; }

    public bool AcceptsPdf { get; set; }

    public bool AcceptsJpeg { get; set; }

    public bool AcceptsPng { get; set; }

    public int? ExpectedPageCount { get; set; }

    public int? ValidityMonths { get; set; }

    public int SortOrder { get; set; }

    /// <summary>None ticked: the site's formats.</summary>
    public UploadFormats? Formats
    {
        get
        {
            var formats = (AcceptsPdf ? UploadFormats.Pdf : UploadFormats.None)
                          | (AcceptsJpeg ? UploadFormats.Jpeg : UploadFormats.None)
                          | (AcceptsPng ? UploadFormats.Png : UploadFormats.None);
            return formats == UploadFormats.None ? null : formats;
        }
    }

    public static RequirementInput From(DocumentRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        var formats = requirement.AcceptedFormats ?? UploadFormats.None;
        return new()
        {
            Scope = requirement.Scope,
            Name = requirement.Name,
            HelpText = requirement.HelpText,
            Condition = requirement.Condition,
            ConditionDisciplineId = requirement.ConditionDisciplineId,
            Kind = requirement.Kind,
            AcceptsPdf = formats.HasFlag(UploadFormats.Pdf),
            AcceptsJpeg = formats.HasFlag(UploadFormats.Jpeg),
            AcceptsPng = formats.HasFlag(UploadFormats.Png),
            ExpectedPageCount = requirement.ExpectedPageCount,
            ValidityMonths = requirement.ValidityMonths,
            SortOrder = requirement.SortOrder,
        };
    }

    /// <summary>Everything but the level; the validator has checked what the entity would refuse.</summary>
    public void ApplyTo(DocumentRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        requirement.Name = Name.Trim();
        requirement.HelpText = HelpText.Trim();
        requirement.ChangeKind(Kind);
        requirement.ChangeCondition(Condition, Condition == RequirementCondition.Discipline ? ConditionDisciplineId : null);
        requirement.AcceptedFormats = Formats;
        requirement.ExpectedPageCount = ExpectedPageCount;
        requirement.SortOrder = SortOrder;
        if (ValidityMonths is { } months)
        {
            requirement.KeepValidFor(months);
        }
        else
        {
            requirement.NeverCarryOver();
        }
    }
}

public sealed class RequirementInputValidator : AbstractValidator<RequirementInput>
{
    public RequirementInputValidator()
    {
        RuleFor(i => i.Scope).IsInEnum().WithMessage("Choisissez si la pièce est demandée à la famille ou à chaque élève.");
        RuleFor(i => i.Name).NotEmpty().WithMessage("Saisissez le nom de la pièce, tel que les familles le liront.")
            .MaximumLength(200).WithMessage("200 caractères au maximum.");
        RuleFor(i => i.HelpText).MaximumLength(2000).WithMessage("2000 caractères au maximum.");
        RuleFor(i => i.Condition).IsInEnum().WithMessage("Choisissez la condition.")
            .Must((i, condition) => i.Scope == RequirementScope.Student || !DocumentRequirement.IsStudentOnly(condition))
            .WithMessage("Cette condition porte sur un élève : demandez la pièce au niveau de l'élève.");
        RuleFor(i => i.ConditionDisciplineId).NotNull().When(i => i.Condition == RequirementCondition.Discipline)
            .WithMessage("Choisissez la discipline concernée.");
        RuleFor(i => i.Kind).IsInEnum().WithMessage("Choisissez la nature de la pièce.");
        RuleFor(i => i.ExpectedPageCount).InclusiveBetween(1, 50).When(i => i.ExpectedPageCount is not null)
            .WithMessage("Le nombre de pages attendu est compris entre 1 et 50.");
        RuleFor(i => i.ValidityMonths).InclusiveBetween(1, 120).When(i => i.ValidityMonths is not null)
            .WithMessage("La durée de validité est comprise entre 1 et 120 mois.");
        RuleFor(i => i.ValidityMonths).Null().When(i => DocumentRequirement.IsDated(i.Kind))
            .WithMessage("Un justificatif de revenus ou de domicile n'est jamais reconduit : laissez ce champ vide.");
        RuleFor(i => i.SortOrder).InclusiveBetween(0, 1000).WithMessage("L'ordre est compris entre 0 et 1000.");
    }
}

/// <summary>The French words of the documents list.</summary>
public static class RequirementLabels
{
    public static string Of(RequirementCondition condition) => condition switch
    {
        RequirementCondition.Always => "Toujours",
        RequirementCondition.ResidentsOnly => "Résidents du territoire",
        RequirementCondition.NonResidentsOnly => "Non-résidents",
        RequirementCondition.Optional => "Facultatif",
        RequirementCondition.Discipline => "Élèves d'une discipline",
        RequirementCondition.SepaPayment => "Paiement par prélèvement SEPA",
        RequirementCondition.Hosted => "Familles hébergées",
        _ => "Élève majeur",
    };

    public static string Of(DocumentKind kind) => kind switch
    {
        DocumentKind.AddressProof => "Justificatif de domicile",
        DocumentKind.CafAttestation => "Attestation CAF",
        DocumentKind.TaxNotice => "Avis d'imposition",
        DocumentKind.Identity => "Pièce d'identité",
        DocumentKind.SepaMandate => "Mandat de prélèvement SEPA",
        DocumentKind.BankDetails => "RIB",
        DocumentKind.MedicalCertificate => "Certificat médical",
        DocumentKind.Form => "Formulaire à remplir",
        DocumentKind.Photo => "Photo d'identité",
        _ => "Autre",
    };

    public static string Of(RequirementScope scope) => scope == RequirementScope.Student ? "Élève" : "Famille";

    public static string Formats(UploadFormats? formats) =>
        formats is { } own ? Reinscription.Web.Documents.FileInspector.Describe(own) : "ceux du site";

    public static string Validity(int? months) => months is { } m ? $"{m} mois" : "non";
}
