namespace Reinscription.Web.Launch;

public enum LaunchMailingKind
{
    /// <summary>"Lancement des réinscriptions": every family of the site, once per campaign.</summary>
    Launch,

    /// <summary>"Relancer": the families that have not started, as often as staff want.</summary>
    Reminder,
}

/// <summary>
/// One click of the launch page: the e-mails it queued (one <see cref="LaunchLink"/> each) and who
/// clicked. A campaign has at most one launch (a unique index says so); reminders follow it.
/// </summary>
public class LaunchMailing
{
    private LaunchMailing()
    {
    }

    public LaunchMailing(int siteId, int campaignId, LaunchMailingKind kind, int staffId, DateTimeOffset createdAt)
    {
        SiteId = siteId;
        CampaignId = campaignId;
        Kind = kind;
        StaffId = staffId;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }

    public int SiteId { get; private set; }

    public int CampaignId { get; private set; }

    public LaunchMailingKind Kind { get; private set; }

    /// <summary>Who clicked; no foreign key, so that the mailing outlives a deleted staff account.</summary>
    public int StaffId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public int Recipients { get; set; }
}
