using Reinscription.Domain.Sites;

namespace Reinscription.Domain.Courses;

/// <summary>
/// A discipline's offer in a school year: a slot with a day, times, a teacher, a room and a capacity.
/// Seats taken plus seats held for waiting-list offers never exceed the capacity. This class says so for a
/// course being built (seeding); a saved course's seats move only through <c>Web/Seats</c>, where the
/// database's check constraint decides, so concurrent requests cannot overbook.
/// </summary>
public class Course
{
    private Course()
    {
    }

    public Course(int siteId, int schoolYearId, int disciplineId, string name, int capacity, ChoiceMode choiceMode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        SiteId = siteId;
        SchoolYearId = schoolYearId;
        DisciplineId = disciplineId;
        Name = name;
        Capacity = capacity;
        ChoiceMode = choiceMode;
    }

    public int Id { get; private set; }

    public int SiteId { get; private set; }

    public Site? Site { get; private set; }

    public int SchoolYearId { get; private set; }

    public SchoolYear? SchoolYear { get; private set; }

    public int DisciplineId { get; private set; }

    public Discipline? Discipline { get; private set; }

    public int? CycleId { get; set; }

    public Cycle? Cycle { get; private set; }

    /// <summary>The course as listed to parents, e.g. "FM 2.2 (33)".</summary>
    public string Name { get; set; } = "";

    public DayOfWeek? Day { get; private set; }

    public TimeOnly? StartsAt { get; private set; }

    public TimeOnly? EndsAt { get; private set; }

    public string? Teacher { get; set; }

    public string? Room { get; set; }

    /// <summary>Classes à horaires aménagés (the "Ha" column).</summary>
    public bool IsCham { get; set; }

    public int Capacity { get; private set; }

    public int SeatsTaken { get; private set; }

    /// <summary>Seats held for a waiting-list family until it answers its offer: nobody else may take them.</summary>
    public int SeatsOffered { get; private set; }

    public ChoiceMode ChoiceMode { get; private set; }

    public int SeatsLeft => Capacity - SeatsTaken - SeatsOffered;

    public bool HasSeatLeft => SeatsLeft > 0;

    public void ScheduleOn(DayOfWeek day, TimeOnly startsAt, TimeOnly endsAt)
    {
        if (endsAt <= startsAt)
        {
            throw new ArgumentException("A course must end after it starts.", nameof(endsAt));
        }

        Day = day;
        StartsAt = startsAt;
        EndsAt = endsAt;
    }

    /// <summary>A slot whose day and times are not known yet (an orchestra announced at the start of the year).</summary>
    public void ClearSchedule()
    {
        Day = null;
        StartsAt = null;
        EndsAt = null;
    }

    /// <summary>Seats already taken stay taken: they are the families' choices, whatever the mode now says.</summary>
    public void ChangeChoiceMode(ChoiceMode choiceMode) => ChoiceMode = choiceMode;

    /// <summary>Takes one seat of a course not yet saved, or refuses when it is full.</summary>
    public void TakeSeat()
    {
        if (!HasSeatLeft)
        {
            throw new InvalidOperationException($"Le cours {Name} est complet.");
        }

        SeatsTaken++;
    }

    public void ChangeCapacity(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        if (capacity < SeatsTaken + SeatsOffered)
        {
            throw new InvalidOperationException(CapacityBelowSeatsMessage(Name, SeatsTaken + SeatsOffered));
        }

        Capacity = capacity;
    }

    /// <summary>What staff read when they try to lower a capacity under the seats taken or offered.</summary>
    public static string CapacityBelowSeatsMessage(string name, int seatsInUse) =>
        $"Le cours {name} a déjà {seatsInUse} places prises ou proposées : la capacité ne peut descendre en dessous.";

    /// <summary>"FM 2.2 (33) - JEUDI - 17.00 à 18.30", the wording of today's slot lists.</summary>
    public string SlotLabel => Day is { } day && StartsAt is { } start && EndsAt is { } end
        ? $"{Name} - {FrenchDays.Upper(day)} - {start:HH\\.mm} à {end:HH\\.mm}"
        : Name;
}
