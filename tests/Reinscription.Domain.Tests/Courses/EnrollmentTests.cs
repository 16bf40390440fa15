using Reinscription.Domain.Courses;

namespace Reinscription.Domain.Tests.Courses;

public class EnrollmentTests
{
    [Fact]
    public void A_student_moved_to_another_slot_keeps_one_enrolment()
    {
        var enrollment = new Enrollment(studentId: 7, courseId: 40);

        enrollment.MoveTo(41);

        Assert.Equal((7, 41), (enrollment.StudentId, enrollment.CourseId));
        Assert.Throws<ArgumentOutOfRangeException>(() => enrollment.MoveTo(0));
    }
}
