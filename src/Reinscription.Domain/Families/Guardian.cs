namespace Reinscription.Domain.Families;

/// <summary>A legal guardian (responsable légal) of a family.</summary>
public class Guardian
{
    public Civility Civility { get; set; }

    public string LastName { get; set; } = "";

    public string FirstName { get; set; } = "";

    public DateOnly? BirthDate { get; set; }

    public string? BirthPlace { get; set; }

    public string? BirthDepartment { get; set; }

    public string Address { get; set; } = "";

    public string PostalCode { get; set; } = "";

    public string Town { get; set; } = "";

    public string? HomePhone { get; set; }

    public string? MobilePhone { get; set; }

    public string? WorkPhone { get; set; }

    /// <summary>The manuals' three "Tél supplémentaire" lines, free for any other number.</summary>
    public string? ExtraPhone1 { get; set; }

    public string? ExtraPhone2 { get; set; }

    public string? ExtraPhone3 { get; set; }

    public string Email { get; set; } = "";

    public string? FamilySituation { get; set; }

    public string? Profession { get; set; }

    public string? SocioProfessionalCode { get; set; }

    /// <summary>"Madame Nicole TEST", as the home page greets a family.</summary>
    public string FormalName => $"{Civility} {FirstName} {LastName.ToUpperInvariant()}";
}
