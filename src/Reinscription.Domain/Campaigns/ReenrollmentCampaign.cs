using Reinscription.Domain.Courses;
using Reinscription.Domain.Sites;

namespace Reinscription.Domain.Campaigns;

/// <summary>
/// A site's re-enrolment period for a target school year. The wizard is open from OpensAt
/// (inclusive) to ClosesAt (exclusive); documents are accepted until DocumentsDeadline. A site may
/// hold several campaigns for one year, never two whose periods overlap (PostgreSQL refuses them).
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
        DateTimeOffset documentsDeadline,
        CampaignMode mode = CampaignMode.Complete)
    {
        SiteId = siteId;
        TargetSchoolYearId = targetSchoolYearId;
        Mode = mode;
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

    public CampaignMode Mode { get; private set; }

    public CampaignTexts Texts { get; private set; } = CampaignTexts.Default;

    public bool HasOpenedAt(DateTimeOffset now) => now >= OpensAt;

    /// <summary>
    /// The staff's change of dates. Once the campaign has opened, families have been told when it
    /// opened and may have started: the opening stays, the closing and the deadline may still move.
    /// </summary>
    public void Reschedule(DateTimeOffset opensAt, DateTimeOffset closesAt, DateTimeOffset documentsDeadline, DateTimeOffset now)
    {
        if (HasOpenedAt(now) && opensAt != OpensAt)
        {
            throw new InvalidOperationException("Cette campagne est déjà ouverte : sa date d'ouverture ne peut plus changer.");
        }

        Reschedule(opensAt, closesAt, documentsDeadline);
    }

    /// <summary>Sets the dates whatever the present: used when the campaign is created, and to move one in tests.</summary>
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

    /// <summary>Requests already started follow the mode they started in, so it is fixed once the campaign opens.</summary>
    public void ChangeMode(CampaignMode mode, DateTimeOffset now)
    {
        if (mode != Mode && HasOpenedAt(now))
        {
            throw new InvalidOperationException("Cette campagne est déjà ouverte : son mode ne peut plus changer.");
        }

        Mode = mode;
    }

    public void Rewrite(CampaignTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        Texts = texts.Trimmed();
    }

    /// <summary>Closes an open campaign now ("clore"): the wizard turns read-only, documents stay accepted until the deadline.</summary>
    public void CloseEarly(DateTimeOffset now)
    {
        if (PhaseAt(now) != CampaignPhase.Open)
        {
            throw new InvalidOperationException("Seule une campagne ouverte peut être close.");
        }

        ClosesAt = now.ToUniversalTime();
    }

    /// <summary>Whether this campaign's period shares an instant with [opensAt, closesAt).</summary>
    public bool Overlaps(DateTimeOffset opensAt, DateTimeOffset closesAt) => OpensAt < closesAt && opensAt < ClosesAt;

    /// <summary>
    /// Of one site's campaigns for one year, the one families see: the open one, else the next to
    /// open, else the last to have closed. <c>DocumentQueries.NextYearCampaigns(now)</c> says the same in SQL.
    /// </summary>
    public static ReenrollmentCampaign? ShownToFamilies(IEnumerable<ReenrollmentCampaign> campaigns, DateTimeOffset now)
    {
        var all = campaigns.ToList();
        return all.Where(c => c.ClosesAt > now).OrderBy(c => c.OpensAt).FirstOrDefault()
               ?? all.OrderByDescending(c => c.ClosesAt).FirstOrDefault();
    }

    public CampaignPhase PhaseAt(DateTimeOffset now) =>
        now < OpensAt ? CampaignPhase.NotYetOpen
        : now < ClosesAt ? CampaignPhase.Open
        : CampaignPhase.Closed;

    public bool AcceptsRequestsAt(DateTimeOffset now) => PhaseAt(now) == CampaignPhase.Open;

    public bool AcceptsDocumentsAt(DateTimeOffset now) => now >= OpensAt && now < DocumentsDeadline;
}
