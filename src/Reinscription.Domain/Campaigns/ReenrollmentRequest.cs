using Reinscription.Domain.Families;

namespace Reinscription.Domain.Campaigns;

/// <summary>
/// A student's re-enrolment request in a campaign: the wish, the wizard's progress, the
/// authorisations, the chosen slots and the free-text wishes. One per student and campaign.
/// </summary>
public class ReenrollmentRequest
{
    public const int FirstStep = 1;
    public const int LastStep = 6;

    private readonly List<CourseChoice> _choices = [];

    private ReenrollmentRequest()
    {
    }

    public ReenrollmentRequest(int campaignId, int studentId)
    {
        CampaignId = campaignId;
        StudentId = studentId;
    }

    public int Id { get; private set; }

    public int CampaignId { get; private set; }

    public ReenrollmentCampaign? Campaign { get; private set; }

    public int StudentId { get; private set; }

    public Student? Student { get; private set; }

    public ReenrollmentWish Wish { get; private set; }

    /// <summary>The wizard step the family reached, so that it resumes there.</summary>
    public int CurrentStep { get; private set; } = FirstStep;

    public bool? ImageRights { get; set; }

    public bool? MayLeaveAlone { get; set; }

    public string? OtherConservatory { get; set; }

    public string? Siblings { get; set; }

    public string? FirstInstrumentWish { get; set; }

    public string? SecondInstrumentWish { get; set; }

    public string? CollectivePracticeWish { get; set; }

    public string? NewDisciplines { get; set; }

    public DateTimeOffset? TermsAcceptedAt { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public RequestStatus Status { get; private set; } = RequestStatus.Draft;

    public string? RefusalReason { get; private set; }

    public IReadOnlyCollection<CourseChoice> Choices => _choices;

    public bool IsEditable => Status == RequestStatus.Draft;

    public void ChooseToReenrol()
    {
        EnsureEditable();
        Wish = ReenrollmentWish.Reenrol;
    }

    /// <summary>Records that the student leaves: a final answer, submitted at once.</summary>
    public void DeclineReenrolment(DateTimeOffset now)
    {
        EnsureEditable();
        Wish = ReenrollmentWish.DoNotReenrol;
        SubmittedAt = now;
        Status = RequestStatus.Submitted;
    }

    public void ReachStep(int step)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(step, FirstStep);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(step, LastStep);
        EnsureEditable();
        CurrentStep = step;
    }

    public void AddChoice(CourseChoice choice)
    {
        EnsureEditable();
        _choices.Add(choice);
    }

    /// <summary>Validation at step 5: terms must be accepted; seats are taken by the caller's transaction.</summary>
    public void Submit(DateTimeOffset now)
    {
        EnsureEditable();
        if (Wish != ReenrollmentWish.Reenrol)
        {
            throw new InvalidOperationException("Seule une demande de réinscription peut être validée.");
        }

        TermsAcceptedAt = now;
        SubmittedAt = now;
        CurrentStep = LastStep;
        Status = RequestStatus.Submitted;
    }

    public void Validate()
    {
        if (Status != RequestStatus.Submitted)
        {
            throw new InvalidOperationException("Seule une demande transmise peut être validée.");
        }

        Status = RequestStatus.Validated;
    }

    /// <summary>
    /// Staff's validation of a re-enrolment: the authorisations the family answered become the student's
    /// own, an unanswered one leaving the record as it was.
    /// </summary>
    public void ValidateFor(Student student)
    {
        ArgumentNullException.ThrowIfNull(student);
        if (student.Id != StudentId)
        {
            throw new ArgumentException("Une demande se valide pour son propre élève.", nameof(student));
        }

        if (Wish != ReenrollmentWish.Reenrol)
        {
            throw new InvalidOperationException("Seule une demande de réinscription peut être validée.");
        }

        Validate();
        student.ImageRights = ImageRights ?? student.ImageRights;
        student.MayLeaveAlone = MayLeaveAlone ?? student.MayLeaveAlone;
    }

    public void Refuse(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (Status != RequestStatus.Submitted)
        {
            throw new InvalidOperationException("Seule une demande transmise peut être refusée.");
        }

        Status = RequestStatus.Refused;
        RefusalReason = reason;
    }

    private void EnsureEditable()
    {
        if (!IsEditable)
        {
            throw new InvalidOperationException("Cette demande a déjà été transmise et ne peut plus être modifiée.");
        }
    }
}
