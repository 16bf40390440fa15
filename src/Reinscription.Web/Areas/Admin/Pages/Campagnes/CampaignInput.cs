using FluentValidation;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Sites;

namespace Reinscription.Web.Areas.Admin.Pages.Campagnes;

/// <summary>A campaign's dates (typed in Paris time), mode and texts, as the create and edit forms post them.</summary>
public class CampaignInput
{
    public DateTime? OpensAt { get; set; }

    public DateTime? ClosesAt { get; set; }

    public DateTime? DocumentsDeadline { get; set; }

    public CampaignMode Mode { get; set; }

    public string TabText { get; set; } = "";

    public string CoordinatesText { get; set; } = "";

    public string AuthorisationsText { get; set; } = "";

    public string DocumentsText { get; set; } = "";

    public string CoursesText { get; set; } = "";

    public string SummaryText { get; set; } = "";

    public string ConfirmationText { get; set; } = "";

    public DateTimeOffset OpensInstant => ParisTime.ToInstant(OpensAt!.Value);

    public DateTimeOffset ClosesInstant => ParisTime.ToInstant(ClosesAt!.Value);

    public DateTimeOffset DeadlineInstant => ParisTime.ToInstant(DocumentsDeadline!.Value);

    public CampaignTexts Texts => new(
        TabText, CoordinatesText, AuthorisationsText, DocumentsText, CoursesText, SummaryText, ConfirmationText);

    public void Show(ReenrollmentCampaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        OpensAt = ParisTime.ToLocal(campaign.OpensAt);
        ClosesAt = ParisTime.ToLocal(campaign.ClosesAt);
        DocumentsDeadline = ParisTime.ToLocal(campaign.DocumentsDeadline);
        Mode = campaign.Mode;
        ShowTexts(campaign.Texts);
    }

    public void ShowTexts(CampaignTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        TabText = texts.Tab;
        CoordinatesText = texts.Coordinates;
        AuthorisationsText = texts.Authorisations;
        DocumentsText = texts.Documents;
        CoursesText = texts.Courses;
        SummaryText = texts.Summary;
        ConfirmationText = texts.Confirmation;
    }
}

/// <summary>A new campaign also names its site and the school year it re-enrols for.</summary>
public sealed class NewCampaignInput : CampaignInput
{
    public int SiteId { get; set; }

    public int TargetStartYear { get; set; }
}

public sealed class CampaignInputValidator : AbstractValidator<CampaignInput>
{
    public const string SkippedHour =
        "Cette heure n'existe pas à Paris : ce jour-là, les horloges passent de 02:00 à 03:00. Choisissez une autre heure.";

    public CampaignInputValidator()
    {
        RuleFor(i => i.OpensAt).NotNull().WithMessage("Saisissez la date et l'heure d'ouverture.")
            .Must(Exist).WithMessage(SkippedHour);
        RuleFor(i => i.ClosesAt).NotNull().WithMessage("Saisissez la date et l'heure de clôture.")
            .Must(Exist).WithMessage(SkippedHour);
        RuleFor(i => i.DocumentsDeadline).NotNull().WithMessage("Saisissez la date limite de dépôt des pièces.")
            .Must(Exist).WithMessage(SkippedHour);
        When(i => Exist(i.OpensAt) && Exist(i.ClosesAt) && i.OpensAt is not null && i.ClosesAt is not null, () =>
            RuleFor(i => i.ClosesInstant).GreaterThan(i => i.OpensInstant)
                .WithMessage("La clôture doit venir après l'ouverture.").OverridePropertyName(nameof(CampaignInput.ClosesAt)));
        When(i => Exist(i.OpensAt) && Exist(i.DocumentsDeadline) && i.OpensAt is not null && i.DocumentsDeadline is not null, () =>
            RuleFor(i => i.DeadlineInstant).GreaterThanOrEqualTo(i => i.OpensInstant)
                .WithMessage("La date limite des pièces ne peut précéder l'ouverture.").OverridePropertyName(nameof(CampaignInput.DocumentsDeadline)));
        RuleFor(i => i.Mode).IsInEnum().WithMessage("Choisissez le mode de la campagne.");
        RuleFor(i => i.TabText).MaximumLength(CampaignTexts.MaxLength).WithMessage(TooLong);
        RuleFor(i => i.CoordinatesText).MaximumLength(CampaignTexts.MaxLength).WithMessage(TooLong);
        RuleFor(i => i.AuthorisationsText).MaximumLength(CampaignTexts.MaxLength).WithMessage(TooLong);
        RuleFor(i => i.DocumentsText).MaximumLength(CampaignTexts.MaxLength).WithMessage(TooLong);
        RuleFor(i => i.CoursesText).MaximumLength(CampaignTexts.MaxLength).WithMessage(TooLong);
        RuleFor(i => i.SummaryText).MaximumLength(CampaignTexts.MaxLength).WithMessage(TooLong);
        RuleFor(i => i.ConfirmationText).MaximumLength(CampaignTexts.MaxLength).WithMessage(TooLong);
    }

    private static readonly string TooLong = $"{CampaignTexts.MaxLength} caractères au maximum.";

    private static bool Exist(DateTime? local) => local is null || ParisTime.Exists(local.Value);
}

public sealed class NewCampaignInputValidator : AbstractValidator<NewCampaignInput>
{
    public NewCampaignInputValidator()
    {
        Include(new CampaignInputValidator());
        RuleFor(i => i.SiteId).GreaterThan(0).WithMessage("Choisissez le site.");
        RuleFor(i => i.TargetStartYear).GreaterThanOrEqualTo(2000).WithMessage("Choisissez l'année scolaire.");
    }
}
