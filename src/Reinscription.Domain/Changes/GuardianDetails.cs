using Reinscription.Domain.Families;

namespace Reinscription.Domain.Changes;

/// <summary>The editable identity of a guardian, as a value: what a pending change proposes and keeps.</summary>
public sealed record GuardianDetails(
    Civility Civility,
    string LastName,
    string FirstName,
    DateOnly? BirthDate,
    string? BirthPlace,
    string? BirthDepartment,
    string Address,
    string PostalCode,
    string Town,
    string? HomePhone,
    string? MobilePhone,
    string? WorkPhone,
    string Email,
    string? FamilySituation,
    string? Profession,
    string? SocioProfessionalCode,
    string? ExtraPhone1 = null,
    string? ExtraPhone2 = null,
    string? ExtraPhone3 = null)
{
    public static GuardianDetails From(Guardian g) => new(
        g.Civility, g.LastName, g.FirstName, g.BirthDate, g.BirthPlace, g.BirthDepartment, g.Address, g.PostalCode,
        g.Town, g.HomePhone, g.MobilePhone, g.WorkPhone, g.Email, g.FamilySituation, g.Profession, g.SocioProfessionalCode,
        g.ExtraPhone1, g.ExtraPhone2, g.ExtraPhone3);

    public Guardian ToGuardian()
    {
        var guardian = new Guardian();
        ApplyTo(guardian);
        return guardian;
    }

    public void ApplyTo(Guardian g)
    {
        g.Civility = Civility;
        g.LastName = LastName;
        g.FirstName = FirstName;
        g.BirthDate = BirthDate;
        g.BirthPlace = BirthPlace;
        g.BirthDepartment = BirthDepartment;
        g.Address = Address;
        g.PostalCode = PostalCode;
        g.Town = Town;
        g.HomePhone = HomePhone;
        g.MobilePhone = MobilePhone;
        g.WorkPhone = WorkPhone;
        g.Email = Email;
        g.FamilySituation = FamilySituation;
        g.Profession = Profession;
        g.SocioProfessionalCode = SocioProfessionalCode;
        g.ExtraPhone1 = ExtraPhone1;
        g.ExtraPhone2 = ExtraPhone2;
        g.ExtraPhone3 = ExtraPhone3;
    }

    /// <summary>The fields as staff read them side by side, French label first.</summary>
    public IReadOnlyList<(string Label, string Value)> Fields =>
    [
        ("Civilité", Civility.ToString()),
        ("Nom", LastName),
        ("Prénom", FirstName),
        ("Date de naissance", BirthDate?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? ""),
        ("Lieu de naissance", BirthPlace ?? ""),
        ("Département de naissance", BirthDepartment ?? ""),
        ("Adresse", Address),
        ("Code postal", PostalCode),
        ("Ville", Town),
        ("Tél domicile", HomePhone ?? ""),
        ("Mobile", MobilePhone ?? ""),
        ("Tél pro", WorkPhone ?? ""),
        ("E-mail", Email),
        ("Situation familiale", FamilySituation ?? ""),
        ("Profession", Profession ?? ""),
        ("Code socio-professionnel", SocioProfessionalCode ?? ""),
        ("Tél supplémentaire 1", ExtraPhone1 ?? ""),
        ("Tél supplémentaire 2", ExtraPhone2 ?? ""),
        ("Tél supplémentaire 3", ExtraPhone3 ?? ""),
    ];
}
