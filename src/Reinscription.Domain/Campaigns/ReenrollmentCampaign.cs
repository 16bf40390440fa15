using Reinscription.Domain.Courses;
using Reinscription.Domain.Sites;

namespace Reinscription.Domain.Campaigns;

/// <summary>
/// A site's re-enrolment period for a target school year. The wizard is open from OpensAt
/// (inclusive) to ClosesAt (exclusive); documents are accepted until DocumentsDeadline.
/// </summary>
public class ReenrollmentCampaign
{
    private ReenrollmentCampaign()
    {
    }

    public ReenrollmentCampaign(
        int siteId,
        int targetSchoolYearId,
        DateTimeOffset opensAt,
        DateTimeOffset closesAt,
        DateTimeOffset documentsDeadline)
    {
        SiteId = siteId;
        TargetSchoolYearId = targetSchoolYearId;
        Reschedule(opensAt, closesAt, documentsDeadline);
    }

    public int Id { get; private set; }

    public int SiteId { get; private set; }

    public Site? Site { get; private set; }

    public int TargetSchoolYearId { get; private set; }

    public SchoolYear? TargetSchoolYear { get; private set; }

    public DateTimeOffset OpensAt { get; private set; }

    public DateTimeOffset ClosesAt { get; private set; }

    public DateTimeOffset DocumentsDeadline { get; private set; }

    /// <summary>The documents step may be switched off for a campaign that collects them elsewhere.</summary>
    public bool DocumentsStepEnabled { get; set; } = true;

    /// <summary>Step 1 asks for the "Modalités de règlement" (pay at once or by SEPA, with the mandate).</summary>
    public bool AsksPaymentTerms { get; set; }

    public void Reschedule(DateTimeOffset opensAt, DateTimeOffset closesAt, DateTimeOffset documentsDeadline)
    {
        if (closesAt <= opensAt)
        {
            throw new ArgumentException("Une campagne doit fermer après son ouverture.", nameof(closesAt));
        }

        if (documentsDeadline < opensAt)
        {
            throw new ArgumentException(
                "La date limite des documents ne peut précéder l'ouverture de la campagne.",
                nameof(documentsDeadline));
        }

        OpensAt = opensAt.ToUniversalTime();
        ClosesAt = closesAt.ToUniversalTime();
        DocumentsDeadline = documentsDeadline.ToUniversalTime();
    }

    public CampaignPhase PhaseAt(DateTimeOffset now) =>
        now < OpensAt ? CampaignPhase.NotYetOpen
        : now < ClosesAt ? CampaignPhase.Open
        : CampaignPhase.Closed;

    public bool AcceptsRequestsAt(DateTimeOffset now) => PhaseAt(now) == CampaignPhase.Open;

    public bool AcceptsDocumentsAt(DateTimeOffset now) => now >= OpensAt && now < DocumentsDeadline;
}
