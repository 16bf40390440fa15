using Reinscription.Domain.Courses;

namespace Reinscription.Domain.Campaigns;

/// <summary>
/// A request's place in the waiting list of a full slot, and the one offer it may get: when a seat frees,
/// the first family in line is offered it until a deadline; it accepts, declines or lets it expire, and
/// then leaves the list. The order is the position PostgreSQL gave it (a sequence), which staff may change.
/// </summary>
public class WaitlistEntry
{
    private WaitlistEntry()
    {
    }

    public WaitlistEntry(int courseId, int requestId, int choiceId, DateTimeOffset joinedAt)
    {
        CourseId = courseId;
        RequestId = requestId;
        ChoiceId = choiceId;
        JoinedAt = joinedAt;
    }

    public int Id { get; private set; }

    public int CourseId { get; private set; }

    public Course? Course { get; private set; }

    public int RequestId { get; private set; }

    public ReenrollmentRequest? Request { get; private set; }

    /// <summary>The request's line that waits for this slot, and takes it when the offer is accepted.</summary>
    public int ChoiceId { get; private set; }

    /// <summary>Given by the database when the entry is saved; the lower, the earlier in line.</summary>
    public long Position { get; private set; }

    public DateTimeOffset JoinedAt { get; private set; }

    public WaitlistStatus Status { get; private set; } = WaitlistStatus.Waiting;

    public DateTimeOffset? OfferedAt { get; private set; }

    public DateTimeOffset? OfferExpiresAt { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    /// <summary>Still in line: waiting, or holding an offer not yet answered.</summary>
    public bool IsActive => Status is WaitlistStatus.Waiting or WaitlistStatus.Offered;

    public bool IsOfferOpenAt(DateTimeOffset now) => Status == WaitlistStatus.Offered && now < OfferExpiresAt;

    public void Offer(DateTimeOffset now, TimeSpan lifetime)
    {
        if (lifetime <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(lifetime), "Une proposition doit laisser du temps pour répondre.");
        }

        if (Status != WaitlistStatus.Waiting)
        {
            throw new InvalidOperationException("Une place n'est proposée qu'à une famille en attente.");
        }

        Status = WaitlistStatus.Offered;
        OfferedAt = now;
        OfferExpiresAt = now + lifetime;
    }

    public void Accept(DateTimeOffset now)
    {
        EnsureOpen(now);
        Answer(WaitlistStatus.Accepted, now);
    }

    public void Decline(DateTimeOffset now)
    {
        EnsureOpen(now);
        Answer(WaitlistStatus.Declined, now);
    }

    /// <summary>The deadline has passed without an answer.</summary>
    public void Expire(DateTimeOffset now)
    {
        if (Status != WaitlistStatus.Offered || now < OfferExpiresAt)
        {
            throw new InvalidOperationException("Seule une proposition dont le délai est passé peut expirer.");
        }

        Answer(WaitlistStatus.Expired, now);
    }

    /// <summary>Leaves the list without an answer; returns whether it held an offered seat, which the caller gives back.</summary>
    public bool Withdraw(DateTimeOffset now)
    {
        if (!IsActive)
        {
            throw new InvalidOperationException("Cette famille n'est plus en liste d'attente.");
        }

        var heldSeat = Status == WaitlistStatus.Offered;
        Answer(WaitlistStatus.Withdrawn, now);
        return heldSeat;
    }

    private void EnsureOpen(DateTimeOffset now)
    {
        if (!IsOfferOpenAt(now))
        {
            throw new InvalidOperationException(Status == WaitlistStatus.Offered
                ? "Le délai de réponse à cette proposition est dépassé."
                : "Cette proposition n'est plus ouverte.");
        }
    }

    private void Answer(WaitlistStatus status, DateTimeOffset now)
    {
        Status = status;
        AnsweredAt = now;
    }
}
