using Microsoft.EntityFrameworkCore;
using Npgsql;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Sites;
using Reinscription.Web.Audit;
using Reinscription.Web.Data;
using Reinscription.Web.Data.Sql;

namespace Reinscription.Web.Areas.Admin.Pages.Campagnes;

/// <summary>What the campaign pages share: the French words for a campaign's fields, its audit diff, and the overlap refusal.</summary>
public static class CampaignAudit
{
    public const string RecordType = "Campagne";

    public static string ModeLabel(CampaignMode mode) => mode == CampaignMode.Administrative ? "administrative" : "complète";

    /// <summary>Every field staff set, as it reads in the audit log (dates in Paris time).</summary>
    public static IReadOnlyList<(string Field, object? Value)> Fields(ReenrollmentCampaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var texts = campaign.Texts;
        return
        [
            ("Ouverture", ParisTime.Format(campaign.OpensAt)),
            ("Clôture", ParisTime.Format(campaign.ClosesAt)),
            ("Date limite des pièces", ParisTime.Format(campaign.DocumentsDeadline)),
            ("Mode", ModeLabel(campaign.Mode)),
            ("Texte de l'onglet Réinscription", texts.Tab),
            ("Texte de l'étape Coordonnées", texts.Coordinates),
            ("Texte de l'étape Autorisations", texts.Authorisations),
            ("Texte de l'étape Documents", texts.Documents),
            ("Texte de l'étape Cours", texts.Courses),
            ("Texte de l'étape Récapitulatif", texts.Summary),
            ("Texte de l'étape Finalisation", texts.Confirmation),
        ];
    }

    public static IReadOnlyList<AuditChange> Diff(
        IReadOnlyList<(string Field, object? Value)> before,
        IReadOnlyList<(string Field, object? Value)> after) =>
        AuditLog.Diff(before.Zip(after, (b, a) => (b.Field, b.Value, a.Value)));

    /// <summary>PostgreSQL refused the save because another campaign of the site and year covers part of the period.</summary>
    public static bool IsOverlap(DbUpdateException exception) =>
        exception?.InnerException is PostgresException { SqlState: PostgresErrorCodes.ExclusionViolation, ConstraintName: CampaignSql.OverlapConstraint };

    /// <summary>Names the campaign in the way, read after PostgreSQL refused: "Une campagne … du … au … couvre déjà …".</summary>
    public static async Task<string> OverlapMessageAsync(
        ReinscriptionDbContext db,
        ReenrollmentCampaign refused,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(refused);
        var others = await db.Campaigns.AsNoTracking()
            .Where(c => c.SiteId == refused.SiteId && c.TargetSchoolYearId == refused.TargetSchoolYearId && c.Id != refused.Id)
            .ToListAsync(cancellationToken);
        var other = others.OrderBy(c => c.OpensAt).FirstOrDefault(c => c.Overlaps(refused.OpensAt, refused.ClosesAt));
        return other is null
            ? "Une autre campagne de ce site pour cette année couvre déjà une partie de cette période."
            : $"Une autre campagne de ce site pour cette année est ouverte du {ParisTime.Format(other.OpensAt)} au {ParisTime.Format(other.ClosesAt)} : " +
              "deux campagnes d'un même site pour une même année ne peuvent pas se chevaucher.";
    }
}
