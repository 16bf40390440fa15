namespace Reinscription.Domain.Courses;

/// <summary>A student's level in a discipline: "2C3" is the third year of the second cycle.</summary>
public class Cycle
{
    private Cycle()
    {
    }

    public Cycle(int number, int year)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(number);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(year);
        Number = number;
        Year = year;
        Code = $"{number}C{year}";
    }

    public int Id { get; private set; }

    public string Code { get; private set; } = "";

    public int Number { get; private set; }

    public int Year { get; private set; }
}
