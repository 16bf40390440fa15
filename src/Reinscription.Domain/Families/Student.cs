namespace Reinscription.Domain.Families;

/// <summary>A child (or adult) of a family who takes courses (élève).</summary>
public class Student
{
    private Student()
    {
    }

    public Student(string lastName, string firstName, DateOnly birthDate, Civility civility)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(lastName);
        ArgumentException.ThrowIfNullOrWhiteSpace(firstName);
        LastName = lastName;
        FirstName = firstName;
        BirthDate = birthDate;
        Civility = civility;
    }

    public int Id { get; private set; }

    public int FamilyId { get; private set; }

    public Family? Family { get; private set; }

    /// <summary>The student's id in the conservatory's management system, which the CSV import matches on.</summary>
    public string? ExternalId { get; private set; }

    public Civility Civility { get; set; }

    public string LastName { get; set; } = "";

    public string FirstName { get; set; } = "";

    public DateOnly BirthDate { get; set; }

    public string? BirthPlace { get; set; }

    /// <summary>"Utiliser les coordonnées du responsable légal".</summary>
    public bool UsesGuardianContact { get; set; } = true;

    public string? Address { get; set; }

    public string? PostalCode { get; set; }

    public string? Town { get; set; }

    public string? HomePhone { get; set; }

    public string? MobilePhone { get; set; }

    public string? Email { get; set; }

    public string? SchoolLevel { get; set; }

    public string? SchoolName { get; set; }

    public string? Nationality { get; set; }

    /// <summary>Droit à l'image; null until the family has answered.</summary>
    public bool? ImageRights { get; set; }

    /// <summary>Autorisation de sortie: may leave the conservatory alone.</summary>
    public bool? MayLeaveAlone { get; set; }

    public string? EmergencyContactName { get; set; }

    public string? EmergencyContactPhone { get; set; }

    public void LinkToManagementSystem(string? externalId) => ExternalId = ExternalIds.Normalize(externalId);

    public string FullName => FullNameOf(LastName, FirstName);

    /// <summary>"DUPONT Lucas": how every screen and e-mail names a student, surname first in capitals.</summary>
    public static string FullNameOf(string lastName, string firstName)
    {
        ArgumentNullException.ThrowIfNull(lastName);
        return $"{lastName.ToUpperInvariant()} {firstName}";
    }

    /// <summary>"élève majeur": asked for their own identity proof rather than a guardian's.</summary>
    public const int AdultAge = 18;

    /// <summary>From the birth date alone, which is all a query reads; a 29 February birthday counts from 28 February.</summary>
    public static bool IsAdult(DateOnly birthDate, DateOnly day) => birthDate.AddYears(AdultAge) <= day;

    public int AgeOn(DateOnly day)
    {
        var age = day.Year - BirthDate.Year;
        return BirthDate.AddYears(age) > day ? age - 1 : age;
    }
}
