using Reinscription.Domain.Courses;

namespace Reinscription.Domain.Campaigns;

/// <summary>
/// One line of a request: a course the student follows this year, whether to continue it, the next-year
/// slot picked where the family chooses (or the course staff assigned), and a full slot it waits for.
/// It changes only through <see cref="ReenrollmentRequest"/>, which knows whether the request may still change.
/// </summary>
public class CourseChoice
{
    private CourseChoice()
    {
    }

    public CourseChoice(int currentEnrollmentId, bool continues, int? chosenCourseId, int? waitlistCourseId = null)
    {
        CurrentEnrollmentId = currentEnrollmentId;
        Choose(continues, chosenCourseId, waitlistCourseId);
    }

    public int Id { get; private set; }

    public int RequestId { get; private set; }

    /// <summary>This year's enrolment the line continues; null for a course staff assigned that the student did not follow.</summary>
    public int? CurrentEnrollmentId { get; private set; }

    public Enrollment? CurrentEnrollment { get; private set; }

    public bool Continues { get; private set; }

    public int? ChosenCourseId { get; private set; }

    public Course? ChosenCourse { get; private set; }

    /// <summary>A full slot the family would rather have: at validation, a place in that slot's waiting list.</summary>
    public int? WaitlistCourseId { get; private set; }

    public Course? WaitlistCourse { get; private set; }

    /// <summary>Set in the same transaction as the seat was taken, so a replay takes none.</summary>
    public bool SeatTaken { get; private set; }

    /// <summary>A course the conservatory assigns outright, its seat taken in the same transaction.</summary>
    internal static CourseChoice AssignedOutright(int courseId) =>
        new() { Continues = true, ChosenCourseId = courseId, SeatTaken = true };

    internal void Choose(bool continues, int? chosenCourseId, int? waitlistCourseId)
    {
        if (SeatTaken)
        {
            throw new InvalidOperationException("Ce cours a déjà sa place : seul le conservatoire peut le changer.");
        }

        if (continues && chosenCourseId is not null && chosenCourseId == waitlistCourseId)
        {
            throw new ArgumentException("Un horaire ne peut être à la fois choisi et en liste d'attente.", nameof(waitlistCourseId));
        }

        Continues = continues;
        ChosenCourseId = continues ? chosenCourseId : null;
        WaitlistCourseId = continues ? waitlistCourseId : null;
    }

    internal void MarkSeatTaken() => SeatTaken = true;

    /// <summary>The line now holds a seat in <paramref name="courseId"/>; waiting for that slot is over.</summary>
    internal void HoldSeatIn(int courseId)
    {
        Continues = true;
        ChosenCourseId = courseId;
        SeatTaken = true;
        if (WaitlistCourseId == courseId)
        {
            WaitlistCourseId = null;
        }
    }

    internal void ReleaseSeat() => SeatTaken = false;

    internal void ForgetSlot()
    {
        ChosenCourseId = null;
        SeatTaken = false;
    }
}
