namespace Reinscription.Web.Seats;

/// <summary>
/// What one change does to seats, course by course: seats taken (a student in the slot) and seats offered
/// (held for a waiting-list family until it answers). Built by the caller, applied by <see cref="SeatLedger"/>
/// in one batch where PostgreSQL decides; moves on the same course add up to one UPDATE.
/// </summary>
public sealed class SeatMoves
{
    private readonly SortedDictionary<int, (int Taken, int Offered)> _byCourse = [];

    public bool IsEmpty => _byCourse.Values.All(m => m == (0, 0));

    /// <summary>The courses with more seats free after the change than before: their waiting lists may get offers.</summary>
    public IReadOnlyList<int> CoursesFreed => [.. _byCourse.Where(m => m.Value.Taken + m.Value.Offered < 0).Select(m => m.Key)];

    /// <summary>A student takes a seat: refused by PostgreSQL when none is left.</summary>
    public SeatMoves Take(int courseId) => Add(courseId, 1, 0);

    /// <summary>A student gives a seat back (refusal, move, withdrawal).</summary>
    public SeatMoves Release(int courseId) => Add(courseId, -1, 0);

    /// <summary>A seat is held for the waiting-list family offered it.</summary>
    public SeatMoves Offer(int courseId) => Add(courseId, 0, 1);

    /// <summary>An offer ends without the seat being taken (declined, expired, withdrawn).</summary>
    public SeatMoves EndOffer(int courseId) => Add(courseId, 0, -1);

    /// <summary>The family accepted: the seat held for it becomes its seat.</summary>
    public SeatMoves ClaimOffered(int courseId) => Add(courseId, 1, -1);

    /// <summary>One line per course, in course id order, so that two changes on the same courses lock them in the same order.</summary>
    internal IReadOnlyList<(int CourseId, int Taken, int Offered)> InCourseOrder =>
        [.. _byCourse.Where(m => m.Value != (0, 0)).Select(m => (m.Key, m.Value.Taken, m.Value.Offered))];

    private SeatMoves Add(int courseId, int taken, int offered)
    {
        var (t, o) = _byCourse.GetValueOrDefault(courseId);
        _byCourse[courseId] = (t + taken, o + offered);
        return this;
    }
}
