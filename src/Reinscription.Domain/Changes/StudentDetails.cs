using System.Globalization;
using Reinscription.Domain.Families;

namespace Reinscription.Domain.Changes;

/// <summary>The editable identity of a student, as a value: what a pending change proposes and keeps.</summary>
public sealed record StudentDetails(
    Civility Civility,
    string LastName,
    string FirstName,
    DateOnly BirthDate,
    string? BirthPlace,
    bool UsesGuardianContact,
    string? Address,
    string? PostalCode,
    string? Town,
    string? HomePhone,
    string? MobilePhone,
    string? Email,
    string? SchoolLevel,
    string? SchoolName,
    string? Nationality,
    bool? ImageRights,
    bool? MayLeaveAlone,
    string? EmergencyContactName,
    string? EmergencyContactPhone)
{
    public static StudentDetails From(Student s) => new(
        s.Civility, s.LastName, s.FirstName, s.BirthDate, s.BirthPlace, s.UsesGuardianContact, s.Address, s.PostalCode,
        s.Town, s.HomePhone, s.MobilePhone, s.Email, s.SchoolLevel, s.SchoolName, s.Nationality, s.ImageRights,
        s.MayLeaveAlone, s.EmergencyContactName, s.EmergencyContactPhone);

    public void ApplyTo(Student s)
    {
        s.Civility = Civility;
        s.LastName = LastName;
        s.FirstName = FirstName;
        s.BirthDate = BirthDate;
        s.BirthPlace = BirthPlace;
        s.UsesGuardianContact = UsesGuardianContact;
        s.Address = Address;
        s.PostalCode = PostalCode;
        s.Town = Town;
        s.HomePhone = HomePhone;
        s.MobilePhone = MobilePhone;
        s.Email = Email;
        s.SchoolLevel = SchoolLevel;
        s.SchoolName = SchoolName;
        s.Nationality = Nationality;
        s.ImageRights = ImageRights;
        s.MayLeaveAlone = MayLeaveAlone;
        s.EmergencyContactName = EmergencyContactName;
        s.EmergencyContactPhone = EmergencyContactPhone;
    }

    public IReadOnlyList<(string Label, string Value)> Fields =>
    [
        ("Civilité", Civility.ToString()),
        ("Nom", LastName),
        ("Prénom", FirstName),
        ("Date de naissance", BirthDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)),
        ("Lieu de naissance", BirthPlace ?? ""),
        ("Coordonnées du responsable légal", UsesGuardianContact ? "Oui" : "Non"),
        ("Adresse", Address ?? ""),
        ("Code postal", PostalCode ?? ""),
        ("Ville", Town ?? ""),
        ("Tél domicile", HomePhone ?? ""),
        ("Mobile", MobilePhone ?? ""),
        ("E-mail", Email ?? ""),
        ("Niveau scolaire", SchoolLevel ?? ""),
        ("Établissement scolaire", SchoolName ?? ""),
        ("Nationalité", Nationality ?? ""),
        ("Droit à l'image", YesNo(ImageRights)),
        ("Autorisation de sortie", YesNo(MayLeaveAlone)),
        ("Personne à prévenir", EmergencyContactName ?? ""),
        ("Tél. urgence", EmergencyContactPhone ?? ""),
    ];

    private static string YesNo(bool? value) => value switch
    {
        true => "Oui",
        false => "Non",
        null => "",
    };
}
