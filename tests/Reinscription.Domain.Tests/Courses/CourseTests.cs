using Reinscription.Domain.Courses;

namespace Reinscription.Domain.Tests.Courses;

public class CourseTests
{
    private static Course NewCourse(int capacity, string name = "FM 2.2 (33)") =>
        new(1, 1, 1, name, capacity, ChoiceMode.FamilyChooses);

    [Fact]
    public void A_new_course_has_every_seat_left()
    {
        var course = NewCourse(12);

        Assert.Equal(12, course.Capacity);
        Assert.Equal(0, course.SeatsTaken);
        Assert.Equal(12, course.SeatsLeft);
        Assert.True(course.HasSeatLeft);
        Assert.Equal(ChoiceMode.FamilyChooses, course.ChoiceMode);
    }

    [Fact]
    public void Taking_a_seat_leaves_one_fewer()
    {
        var course = NewCourse(3);

        course.TakeSeat();

        Assert.Equal(1, course.SeatsTaken);
        Assert.Equal(2, course.SeatsLeft);
    }

    [Fact]
    public void Seats_are_taken_until_the_course_is_full_then_refused_with_its_name()
    {
        var course = NewCourse(2);
        course.TakeSeat();
        course.TakeSeat();

        var error = Assert.Throws<InvalidOperationException>(course.TakeSeat);

        Assert.Equal("Le cours FM 2.2 (33) est complet.", error.Message);
        Assert.Equal(2, course.SeatsTaken);
        Assert.Equal(0, course.SeatsLeft);
        Assert.False(course.HasSeatLeft);
    }

    [Fact]
    public void A_course_without_capacity_is_full_from_the_start()
    {
        var course = NewCourse(0, "Orchestre à cordes");

        var error = Assert.Throws<InvalidOperationException>(course.TakeSeat);

        Assert.Equal("Le cours Orchestre à cordes est complet.", error.Message);
    }

    [Fact]
    public void A_negative_capacity_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => NewCourse(-1));

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_course_needs_a_name(string name) =>
        Assert.ThrowsAny<ArgumentException>(() => NewCourse(10, name));

    [Fact]
    public void Raising_the_capacity_of_a_full_course_frees_seats()
    {
        var course = NewCourse(1);
        course.TakeSeat();

        course.ChangeCapacity(3);

        Assert.Equal(3, course.Capacity);
        Assert.Equal(2, course.SeatsLeft);
    }

    [Fact]
    public void The_capacity_may_come_down_to_the_seats_taken()
    {
        var course = NewCourse(5);
        course.TakeSeat();
        course.TakeSeat();

        course.ChangeCapacity(2);

        Assert.Equal(2, course.Capacity);
        Assert.False(course.HasSeatLeft);
    }

    [Fact]
    public void The_capacity_cannot_come_down_below_the_seats_taken()
    {
        var course = NewCourse(5);
        course.TakeSeat();
        course.TakeSeat();
        course.TakeSeat();

        var error = Assert.Throws<InvalidOperationException>(() => course.ChangeCapacity(2));

        Assert.Equal(
            "Le cours FM 2.2 (33) a déjà 3 places prises ou proposées : la capacité ne peut descendre en dessous.",
            error.Message);
        Assert.Equal(5, course.Capacity);
    }

    [Fact]
    public void A_negative_capacity_change_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => NewCourse(5).ChangeCapacity(-1));

    [Fact]
    public void The_slot_label_reads_name_day_in_capitals_and_times_with_dots()
    {
        var course = NewCourse(12);

        course.ScheduleOn(DayOfWeek.Thursday, new TimeOnly(17, 0), new TimeOnly(18, 30));

        Assert.Equal("FM 2.2 (33) - JEUDI - 17.00 à 18.30", course.SlotLabel);
        Assert.Equal(DayOfWeek.Thursday, course.Day);
        Assert.Equal(new TimeOnly(17, 0), course.StartsAt);
        Assert.Equal(new TimeOnly(18, 30), course.EndsAt);
    }

    [Fact]
    public void The_slot_label_pads_morning_hours_with_a_zero()
    {
        var course = NewCourse(12, "Éveil musical");

        course.ScheduleOn(DayOfWeek.Saturday, new TimeOnly(9, 5), new TimeOnly(10, 0));

        Assert.Equal("Éveil musical - SAMEDI - 09.05 à 10.00", course.SlotLabel);
    }

    [Fact]
    public void An_unscheduled_course_is_labelled_with_its_name_only() =>
        Assert.Equal("FM 2.2 (33)", NewCourse(12).SlotLabel);

    [Fact]
    public void Rescheduling_replaces_the_slot()
    {
        var course = NewCourse(12);
        course.ScheduleOn(DayOfWeek.Thursday, new TimeOnly(17, 0), new TimeOnly(18, 30));

        course.ScheduleOn(DayOfWeek.Wednesday, new TimeOnly(14, 0), new TimeOnly(15, 0));

        Assert.Equal("FM 2.2 (33) - MERCREDI - 14.00 à 15.00", course.SlotLabel);
    }

    [Theory]
    [InlineData(18, 30)]
    [InlineData(17, 0)]
    public void A_course_ending_at_or_before_its_start_is_refused(int endHour, int endMinute)
    {
        var course = NewCourse(12);

        var error = Assert.Throws<ArgumentException>(
            () => course.ScheduleOn(DayOfWeek.Thursday, new TimeOnly(18, 30), new TimeOnly(endHour, endMinute)));

        Assert.Equal("endsAt", error.ParamName);
        Assert.Null(course.Day);
        Assert.Equal("FM 2.2 (33)", course.SlotLabel);
    }

    [Fact]
    public void A_slot_may_lose_its_day_and_times_until_they_are_known()
    {
        var course = NewCourse(12);
        course.ScheduleOn(DayOfWeek.Saturday, new TimeOnly(10, 0), new TimeOnly(12, 0));

        course.ClearSchedule();

        Assert.Equal((null, null, null), (course.Day, course.StartsAt, course.EndsAt));
        Assert.Equal("FM 2.2 (33)", course.SlotLabel);
    }

    [Fact]
    public void A_slot_assigned_by_the_conservatory_keeps_the_seats_families_took()
    {
        var course = NewCourse(12);
        course.TakeSeat();

        course.ChangeChoiceMode(ChoiceMode.Assigned);

        Assert.Equal((ChoiceMode.Assigned, 1), (course.ChoiceMode, course.SeatsTaken));
    }
}
