using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Families;

namespace Reinscription.Domain.Tests.Campaigns;

public class ValidateForTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 20, 16, 45, 0, TimeSpan.Zero);

    // A student not yet saved has id 0: the request is made for that id.
    private static Student Lucas() => new("Dupont", "Lucas", new DateOnly(2012, 3, 14), Civility.Monsieur)
    {
        ImageRights = true,
        MayLeaveAlone = true,
    };

    private static ReenrollmentRequest SubmittedFor(Student student, bool? imageRights, bool? mayLeaveAlone)
    {
        var request = new ReenrollmentRequest(1, student.Id);
        request.ChooseToReenrol();
        request.ImageRights = imageRights;
        request.MayLeaveAlone = mayLeaveAlone;
        request.Submit(Now);
        return request;
    }

    [Fact]
    public void Validating_writes_the_authorisations_answered_to_the_students_record()
    {
        var lucas = Lucas();
        var request = SubmittedFor(lucas, imageRights: false, mayLeaveAlone: false);

        request.ValidateFor(lucas);

        Assert.Equal(RequestStatus.Validated, request.Status);
        Assert.Equal((false, false), (lucas.ImageRights, lucas.MayLeaveAlone));
    }

    [Fact]
    public void An_authorisation_left_unanswered_keeps_the_records_value()
    {
        var lucas = Lucas();
        var request = SubmittedFor(lucas, imageRights: false, mayLeaveAlone: null);

        request.ValidateFor(lucas);

        Assert.Equal((false, true), (lucas.ImageRights, lucas.MayLeaveAlone));
    }

    [Fact]
    public void A_request_is_validated_only_once()
    {
        var lucas = Lucas();
        var request = SubmittedFor(lucas, true, true);
        request.ValidateFor(lucas);

        Assert.Throws<InvalidOperationException>(() => request.ValidateFor(lucas));
    }

    [Fact]
    public void A_draft_cannot_be_validated_and_the_record_is_left_alone()
    {
        var lucas = Lucas();
        var request = new ReenrollmentRequest(1, lucas.Id);
        request.ChooseToReenrol();
        request.ImageRights = false;

        Assert.Throws<InvalidOperationException>(() => request.ValidateFor(lucas));
        Assert.Equal(true, lucas.ImageRights);
    }

    [Fact]
    public void A_family_leaving_is_not_validated_as_a_re_enrolment()
    {
        var lucas = Lucas();
        var request = new ReenrollmentRequest(1, lucas.Id);
        request.DeclineReenrolment(Now);

        var refused = Assert.Throws<InvalidOperationException>(() => request.ValidateFor(lucas));
        Assert.Equal("Seule une demande de réinscription peut être validée.", refused.Message);
    }

    [Fact]
    public void A_request_is_validated_for_its_own_student_only()
    {
        var request = new ReenrollmentRequest(1, studentId: 42);
        request.ChooseToReenrol();
        request.Submit(Now);

        Assert.Throws<ArgumentException>(() => request.ValidateFor(Lucas()));
        Assert.Equal(RequestStatus.Submitted, request.Status);
    }
}
