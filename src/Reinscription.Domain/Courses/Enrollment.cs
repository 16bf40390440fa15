using Reinscription.Domain.Families;

namespace Reinscription.Domain.Courses;

/// <summary>A student in a course for that course's school year (inscription).</summary>
public class Enrollment
{
    private Enrollment()
    {
    }

    public Enrollment(int studentId, int courseId)
    {
        StudentId = studentId;
        CourseId = courseId;
    }

    public int Id { get; private set; }

    public int StudentId { get; private set; }

    public Student? Student { get; private set; }

    public int CourseId { get; private set; }

    public Course? Course { get; private set; }

    /// <summary>The "Actif" column: false once the student stopped during the year.</summary>
    public bool IsActive { get; set; } = true;

    /// <summary>Staff moved the student to another slot; the seats move with it, in the same transaction.</summary>
    public void MoveTo(int courseId)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(courseId);
        CourseId = courseId;
    }
}
