using Reinscription.Domain.Courses;

namespace Reinscription.Domain.Campaigns;

/// <summary>
/// One line of step 4: a course the student follows this year, whether to continue it, and,
/// where the family chooses, the next-year slot picked.
/// </summary>
public class CourseChoice
{
    private CourseChoice()
    {
    }

    public CourseChoice(int currentEnrollmentId, bool continues, int? chosenCourseId)
    {
        CurrentEnrollmentId = currentEnrollmentId;
        Continues = continues;
        ChosenCourseId = chosenCourseId;
    }

    public int Id { get; private set; }

    public int RequestId { get; private set; }

    public int CurrentEnrollmentId { get; private set; }

    public Enrollment? CurrentEnrollment { get; private set; }

    public bool Continues { get; set; }

    public int? ChosenCourseId { get; set; }

    public Course? ChosenCourse { get; private set; }

    /// <summary>Set in the same transaction as the seat was taken, so a replay takes none.</summary>
    public bool SeatTaken { get; private set; }

    public void MarkSeatTaken() => SeatTaken = true;
}
