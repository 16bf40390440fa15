using Reinscription.Domain.Courses;
using Reinscription.Domain.Sites;

namespace Reinscription.Domain.Documents;

/// <summary>A supporting document a site asks for in a school year (pièce à fournir).</summary>
public class DocumentRequirement
{
    private DocumentRequirement()
    {
    }

    public DocumentRequirement(
        int siteId,
        int schoolYearId,
        RequirementScope scope,
        string name,
        RequirementCondition condition,
        DocumentKind kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        EnsureConditionFits(scope, condition);
        SiteId = siteId;
        SchoolYearId = schoolYearId;
        Scope = scope;
        Name = name;
        Condition = condition;
        Kind = kind;
    }

    /// <summary>A discipline or an age is a student's: such a condition on a family line would apply to nobody.</summary>
    public static bool IsStudentOnly(RequirementCondition condition) =>
        condition is RequirementCondition.Discipline or RequirementCondition.StudentOfAge;

    /// <summary>Income and address proofs are dated by nature and are never carried over.</summary>
    public static bool IsDated(DocumentKind kind) =>
        kind is DocumentKind.AddressProof or DocumentKind.CafAttestation or DocumentKind.TaxNotice;

    public int Id { get; private set; }

    public int SiteId { get; private set; }

    public Site? Site { get; private set; }

    public int SchoolYearId { get; private set; }

    public SchoolYear? SchoolYear { get; private set; }

    public RequirementScope Scope { get; private set; }

    public string Name { get; set; } = "";

    public string HelpText { get; set; } = "";

    public RequirementCondition Condition { get; private set; }

    /// <summary>Set when <see cref="Condition"/> is <see cref="RequirementCondition.Discipline"/>.</summary>
    public int? ConditionDisciplineId { get; private set; }

    public DocumentKind Kind { get; private set; }

    /// <summary>Formats accepted for this line; the site's formats when null.</summary>
    public UploadFormats? AcceptedFormats { get; set; }

    /// <summary>Pages expected, e.g. 4 for a tax notice; a shorter file is accepted with a warning.</summary>
    public int? ExpectedPageCount { get; set; }

    /// <summary>How long a validated document stays valid and is carried over to later years.</summary>
    public int? ValidityMonths { get; private set; }

    public string? TemplateFileName { get; set; }

    public byte[]? TemplateContent { get; set; }

    public int SortOrder { get; set; }

    public void RequireDiscipline(int disciplineId)
    {
        if (Condition != RequirementCondition.Discipline)
        {
            throw new InvalidOperationException("Only a discipline requirement names a discipline.");
        }

        ConditionDisciplineId = disciplineId;
    }

    /// <summary>Income and address proofs are dated by nature and are never carried over.</summary>
    public void KeepValidFor(int months)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(months);
        if (IsDated(Kind))
        {
            throw new InvalidOperationException("Un justificatif de revenus ou de domicile n'est jamais reconduit.");
        }

        ValidityMonths = months;
    }

    /// <summary>A validated document of this line is asked for again every year.</summary>
    public void NeverCarryOver() => ValidityMonths = null;

    /// <summary>Staff's change of condition; <paramref name="disciplineId"/> is required for, and only for, a discipline condition.</summary>
    public void ChangeCondition(RequirementCondition condition, int? disciplineId)
    {
        EnsureConditionFits(Scope, condition);
        if ((condition == RequirementCondition.Discipline) != disciplineId.HasValue)
        {
            throw new ArgumentException("Seule une pièce liée à une discipline nomme une discipline, et elle doit en nommer une.", nameof(disciplineId));
        }

        Condition = condition;
        ConditionDisciplineId = disciplineId;
    }

    /// <summary>A kind that is dated by nature stops any carry-over.</summary>
    public void ChangeKind(DocumentKind kind)
    {
        Kind = kind;
        if (IsDated(kind))
        {
            ValidityMonths = null;
        }
    }

    /// <summary>The blank form families download, fill and upload (Doc 1 to 4 of manual 001).</summary>
    public void AttachTemplate(string fileName, byte[] content)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
        {
            throw new ArgumentException("Un modèle vide n'est pas un modèle.", nameof(content));
        }

        TemplateFileName = fileName;
        TemplateContent = content;
    }

    public void RemoveTemplate()
    {
        TemplateFileName = null;
        TemplateContent = null;
    }

    private static void EnsureConditionFits(RequirementScope scope, RequirementCondition condition)
    {
        if (scope == RequirementScope.Family && IsStudentOnly(condition))
        {
            throw new InvalidOperationException("Cette condition porte sur un élève : la pièce doit être demandée au niveau de l'élève.");
        }
    }

    /// <summary>Whether this line is shown to a family (or one of its students).</summary>
    public bool AppliesTo(RequirementContext context) => Condition switch
    {
        RequirementCondition.Always or RequirementCondition.Optional => true,
        RequirementCondition.ResidentsOnly => context.IsResident,
        RequirementCondition.NonResidentsOnly => !context.IsResident,
        RequirementCondition.StudentOfAge => context.IsAdult,
        RequirementCondition.SepaPayment => context.PaysBySepa,
        RequirementCondition.Hosted => context.IsHosted,
        RequirementCondition.CafRule => context.IsResident || context.MustProvideCafAttestation,
        RequirementCondition.Discipline => ConditionDisciplineId is { } id && context.DisciplineIds.Contains(id),
        _ => false,
    };

    /// <summary>An optional line is never counted as missing.</summary>
    public bool IsMandatory => Condition != RequirementCondition.Optional;

    /// <summary>Whether a family shown this line must provide it: the CAF rule's line only for families it binds.</summary>
    public bool IsMandatoryFor(RequirementContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Condition == RequirementCondition.CafRule ? context.MustProvideCafAttestation : IsMandatory;
    }
}
