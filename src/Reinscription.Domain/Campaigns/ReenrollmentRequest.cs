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

    public string? OtherConservatory { get; private set; }

    public string? Siblings { get; private set; }

    public string? FirstInstrumentWish { get; private set; }

    public string? SecondInstrumentWish { get; private set; }

    public string? CollectivePracticeWish { get; private set; }

    public string? NewDisciplines { get; private set; }

    public RequestWishes Wishes =>
        new(OtherConservatory, Siblings, FirstInstrumentWish, SecondInstrumentWish, CollectivePracticeWish, NewDisciplines);

    /// <summary>The instrument the conservatory lends the student next year, e.g. "Violoncelle 3/4"; billed as a rental.</summary>
    public string? InstrumentRental { get; set; }

    public DateTimeOffset? TermsAcceptedAt { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public RequestStatus Status { get; private set; } = RequestStatus.Draft;

    public string? RefusalReason { get; private set; }

    public IReadOnlyCollection<CourseChoice> Choices => _choices;

    public bool IsEditable => Status == RequestStatus.Draft;

    /// <summary>
    /// Sent by the family to re-enrol and not yet decided: staff decide it, the family may still withdraw it.
    /// Queries say the same with <c>RequestQueries.AwaitingDecision</c>.
    /// </summary>
    public bool AwaitsDecision => Status == RequestStatus.Submitted && Wish == ReenrollmentWish.Reenrol;

    /// <summary>Sent by the family to re-enrol and not refused: staff may still move its seats.</summary>
    public bool IsSentForReenrolment =>
        Wish == ReenrollmentWish.Reenrol && Status is RequestStatus.Submitted or RequestStatus.Validated;

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
        ArgumentNullException.ThrowIfNull(choice);
        EnsureEditable();
        if (_choices.Any(c => c.CurrentEnrollmentId == choice.CurrentEnrollmentId))
        {
            throw new InvalidOperationException("Ce cours a déjà sa ligne dans la demande.");
        }

        _choices.Add(choice);
    }

    /// <summary>Step 4's answer for one course of this year: continue it or not, the slot picked, a full slot waited for.</summary>
    public CourseChoice ChooseCourse(int currentEnrollmentId, bool continues, int? chosenCourseId, int? waitlistCourseId)
    {
        EnsureEditable();
        var choice = _choices.SingleOrDefault(c => c.CurrentEnrollmentId == currentEnrollmentId);
        if (choice is null)
        {
            choice = new CourseChoice(currentEnrollmentId, continues, chosenCourseId, waitlistCourseId);
            _choices.Add(choice);
        }
        else
        {
            choice.Choose(continues, chosenCourseId, waitlistCourseId);
        }

        return choice;
    }

    public void ChangeWishes(RequestWishes wishes)
    {
        ArgumentNullException.ThrowIfNull(wishes);
        EnsureEditable();
        var trimmed = wishes.Trimmed();
        OtherConservatory = trimmed.OtherConservatory;
        Siblings = trimmed.Siblings;
        FirstInstrumentWish = trimmed.FirstInstrumentWish;
        SecondInstrumentWish = trimmed.SecondInstrumentWish;
        CollectivePracticeWish = trimmed.CollectivePracticeWish;
        NewDisciplines = trimmed.NewDisciplines;
    }

    /// <summary>
    /// Validation at step 5: terms accepted, the request sent. Returns the lines whose seat the caller's
    /// transaction must take, in slot order, marked as taken: if one slot is full, the transaction rolls back.
    /// </summary>
    public IReadOnlyList<CourseChoice> Submit(DateTimeOffset now)
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
        var seats = _choices
            .Where(c => c.Continues && c.ChosenCourseId is not null && !c.SeatTaken)
            .OrderBy(c => c.ChosenCourseId)
            .ToList();
        foreach (var choice in seats)
        {
            choice.MarkSeatTaken();
        }

        return seats;
    }

    /// <summary>The full slots the family waits for, each with its line: at validation, places in their waiting lists.</summary>
    public IReadOnlyList<CourseChoice> WaitlistWishes =>
        [.. _choices.Where(c => c.Continues && c.WaitlistCourseId is not null)];

    /// <summary>A slot found full at validation is forgotten by the draft, so that the family picks again.</summary>
    public void ForgetSlot(int courseId)
    {
        EnsureEditable();
        foreach (var choice in _choices.Where(c => c.ChosenCourseId == courseId))
        {
            choice.ForgetSlot();
        }
    }

    /// <summary>Staff move a line to another slot; returns the slot whose seat it leaves.</summary>
    public int MoveChoice(CourseChoice choice, int courseId)
    {
        EnsureSentForReenrolment();
        EnsureOwn(choice);
        if (choice is not { Continues: true, SeatTaken: true, ChosenCourseId: { } current })
        {
            throw new InvalidOperationException("Cette ligne n'a pas de place à déplacer.");
        }

        if (current == courseId)
        {
            throw new InvalidOperationException("L'élève est déjà inscrit dans cet horaire.");
        }

        choice.HoldSeatIn(courseId);
        return current;
    }

    /// <summary>
    /// Staff assign a course the conservatory decides (CHAM, instrument, orchestra, dance), to a line of this
    /// year that waits for it or as a new course; the seat is taken by the caller's transaction.
    /// </summary>
    public CourseChoice Assign(int courseId, CourseChoice? line)
    {
        EnsureSentForReenrolment();
        if (_choices.Any(c => c.SeatTaken && c.ChosenCourseId == courseId))
        {
            throw new InvalidOperationException("Ce cours est déjà attribué à l'élève.");
        }

        if (line is not null)
        {
            EnsureOwn(line);
            if (line is not { Continues: true, SeatTaken: false })
            {
                throw new InvalidOperationException("Cette ligne n'attend pas de cours.");
            }

            line.HoldSeatIn(courseId);
            return line;
        }

        var added = CourseChoice.AssignedOutright(courseId);
        _choices.Add(added);
        return added;
    }

    /// <summary>Staff take back an assigned course; returns the slot whose seat is given back.</summary>
    public int Unassign(CourseChoice choice)
    {
        EnsureSentForReenrolment();
        EnsureOwn(choice);
        if (choice is not { SeatTaken: true, ChosenCourseId: { } course })
        {
            throw new InvalidOperationException("Cette ligne n'a pas de cours attribué.");
        }

        if (choice.CurrentEnrollmentId is null)
        {
            _choices.Remove(choice);
        }
        else
        {
            choice.ForgetSlot();
        }

        return course;
    }

    /// <summary>The family accepted the seat offered from a waiting list; returns the slot whose seat it leaves, if any.</summary>
    public int? TakeOfferedSeat(CourseChoice choice, int courseId)
    {
        EnsureSentForReenrolment();
        EnsureOwn(choice);
        if (choice.WaitlistCourseId != courseId)
        {
            throw new InvalidOperationException("Cette ligne n'attend pas de place dans ce cours.");
        }

        int? left = choice.SeatTaken ? choice.ChosenCourseId : null;
        choice.HoldSeatIn(courseId);
        return left;
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

    /// <summary>
    /// The family gives up the re-enrolment it sent, before staff decided: the request becomes a "not re-enrolling"
    /// answer. Returns the slots whose seats the caller's transaction gives back.
    /// </summary>
    public IReadOnlyList<int> Withdraw(DateTimeOffset now)
    {
        if (!AwaitsDecision)
        {
            throw new InvalidOperationException("Seule une demande de réinscription transmise, pas encore examinée, peut être retirée.");
        }

        Wish = ReenrollmentWish.DoNotReenrol;
        SubmittedAt = now;
        return ReleaseSeats();
    }

    /// <summary>Refuses a sent request; returns the slots whose seats the caller's transaction gives back.</summary>
    public IReadOnlyList<int> Refuse(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (Status != RequestStatus.Submitted)
        {
            throw new InvalidOperationException("Seule une demande transmise peut être refusée.");
        }

        Status = RequestStatus.Refused;
        RefusalReason = reason;
        return ReleaseSeats();
    }

    private List<int> ReleaseSeats()
    {
        var released = _choices.Where(c => c.SeatTaken).Select(c => c.ChosenCourseId!.Value).Order().ToList();
        foreach (var choice in _choices)
        {
            choice.ReleaseSeat();
        }

        return released;
    }

    private void EnsureOwn(CourseChoice choice)
    {
        ArgumentNullException.ThrowIfNull(choice);
        if (!_choices.Contains(choice))
        {
            throw new InvalidOperationException("Cette ligne n'appartient pas à la demande.");
        }
    }

    private void EnsureSentForReenrolment()
    {
        if (!IsSentForReenrolment)
        {
            throw new InvalidOperationException("Seule une demande de réinscription transmise, et non refusée, peut être modifiée par le conservatoire.");
        }
    }

    private void EnsureEditable()
    {
        if (!IsEditable)
        {
            throw new InvalidOperationException("Cette demande a déjà été transmise et ne peut plus être modifiée.");
        }
    }
}
