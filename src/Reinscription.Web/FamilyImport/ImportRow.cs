using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;
using Reinscription.Domain.Courses;
using Reinscription.Domain.Families;
using C = Reinscription.Web.FamilyImport.ImportColumns;

namespace Reinscription.Web.FamilyImport;

/// <summary>A guardian as the file gives it. The second guardian has fewer columns, so it owns fewer fields.</summary>
public sealed record ImportedGuardian(
    Civility Civility,
    string LastName,
    string FirstName,
    string Address,
    string PostalCode,
    string Town,
    string? HomePhone,
    string? MobilePhone,
    string? WorkPhone,
    string Email)
{
    /// <summary>The fields the file sets, with their French label, as (label, value in the record, value in the file).</summary>
    public IEnumerable<(string Label, string? Current, string? Imported)> Compare(Guardian current, bool second)
    {
        ArgumentNullException.ThrowIfNull(current);
        var prefix = second ? "Responsable 2" : "Responsable 1";
        yield return ($"{prefix} - civilité", current.Civility.ToString(), Civility.ToString());
        yield return ($"{prefix} - nom", current.LastName, LastName);
        yield return ($"{prefix} - prénom", current.FirstName, FirstName);
        yield return ($"{prefix} - mobile", current.MobilePhone, MobilePhone);
        yield return ($"{prefix} - e-mail", current.Email, Email);
        if (!second)
        {
            yield return ("Adresse", current.Address, Address);
            yield return ("Code postal", current.PostalCode, PostalCode);
            yield return ("Ville", current.Town, Town);
            yield return ("Tél domicile", current.HomePhone, HomePhone);
            yield return ("Tél pro", current.WorkPhone, WorkPhone);
        }
    }

    public void ApplyTo(Guardian guardian, bool second)
    {
        ArgumentNullException.ThrowIfNull(guardian);
        guardian.Civility = Civility;
        guardian.LastName = LastName;
        guardian.FirstName = FirstName;
        guardian.MobilePhone = MobilePhone;
        guardian.Email = Email;
        if (!second)
        {
            guardian.Address = Address;
            guardian.PostalCode = PostalCode;
            guardian.Town = Town;
            guardian.HomePhone = HomePhone;
            guardian.WorkPhone = WorkPhone;
        }
    }

    public Guardian ToGuardian()
    {
        var guardian = new Guardian { Address = Address, PostalCode = PostalCode, Town = Town, HomePhone = HomePhone, WorkPhone = WorkPhone };
        ApplyTo(guardian, second: true);
        return guardian;
    }
}

public sealed record ImportedFamily(string ExternalId, string? Identifier, ImportedGuardian Guardian1, ImportedGuardian? Guardian2, bool? IsResident);

public sealed record ImportedStudent(string ExternalId, Civility Civility, string LastName, string FirstName, DateOnly BirthDate)
{
    public string FullName => $"{LastName.ToUpperInvariant()} {FirstName}";
}

public sealed record ImportedCourse(string Discipline, string Name, DayOfWeek? Day, string? Teacher)
{
    public string Label => $"{Discipline} - {Name}";
}

/// <summary>One line of the file read into values, or the reasons it cannot be, in French.</summary>
public sealed record ImportRow(int Line, ImportedFamily? Family, ImportedStudent? Student, ImportedCourse? Course, IReadOnlyList<string> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

public static partial class ImportRowReader
{
    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "dd-MM-yyyy", "dd.MM.yyyy", "dd/MM/yyyy HH:mm:ss", "dd/MM/yyyy HH:mm"];

    public static ImportRow Read(CsvTable table, CsvLine line, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(line);
        var errors = new List<string>();
        string Text(string column, string label, int maxLength, bool required)
        {
            var value = table.Field(line, column);
            if (required && value.Length == 0)
            {
                errors.Add($"{label} manquant.");
            }
            else if (value.Length > maxLength)
            {
                errors.Add($"{label} : {maxLength} caractères au maximum.");
            }

            return value;
        }

        string? Optional(string column, string label, int maxLength) =>
            Text(column, label, maxLength, required: false) is { Length: > 0 } value ? value : null;

        var familyId = Text(C.FamilyId, "id_famille", ExternalIds.MaxLength, required: true);
        var identifier = Family.NormalizeIdentifier(table.Field(line, C.Identifier));
        if (identifier.Length > 0 && !IdentifierPattern().IsMatch(identifier))
        {
            errors.Add($"identifiant « {identifier} » invalide : de 1 à 50 lettres sans accent, chiffres, points, tirets ou traits bas.");
        }

        var civility1 = CivilityOf(table.Field(line, C.Civility1), "du responsable 1", errors);
        var postalCode = Text(C.PostalCode, "code postal", 10, required: true);
        if (postalCode.Length > 0 && !PostalCodePattern().IsMatch(postalCode))
        {
            errors.Add($"code postal « {postalCode} » invalide : 5 chiffres, par exemple 92190.");
        }

        var address = Text(C.Address, "adresse", 200, required: true);
        var town = Text(C.Town, "ville", 100, required: true);
        var guardian1 = new ImportedGuardian(
            civility1 ?? Civility.Madame,
            Text(C.LastName1, "nom du responsable 1", 100, required: true),
            Text(C.FirstName1, "prénom du responsable 1", 100, required: true),
            address,
            postalCode,
            town,
            Optional(C.HomePhone, "tél domicile", 30),
            Optional(C.Mobile1, "mobile du responsable 1", 30),
            Optional(C.WorkPhone1, "tél pro du responsable 1", 30),
            EmailOf(Text(C.Email1, "e-mail du responsable 1", 200, required: true), "du responsable 1", errors));

        ImportedGuardian? guardian2 = null;
        var lastName2 = Optional(C.LastName2, "nom du responsable 2", 100);
        if (lastName2 is not null)
        {
            guardian2 = new ImportedGuardian(
                CivilityOf(table.Field(line, C.Civility2), "du responsable 2", errors) ?? Civility.Madame,
                lastName2,
                Text(C.FirstName2, "prénom du responsable 2", 100, required: true),
                address,
                postalCode,
                town,
                null,
                Optional(C.Mobile2, "mobile du responsable 2", 30),
                null,
                EmailOf(Text(C.Email2, "e-mail du responsable 2", 200, required: true), "du responsable 2", errors));
        }

        var family = new ImportedFamily(familyId, identifier.Length == 0 ? null : identifier, guardian1, guardian2, YesNo(table.Field(line, C.Resident), errors));
        var student = ReadStudent(table, line, today, errors, Text);
        var course = ReadCourse(table, line, errors);
        if (course is not null && student is null && errors.Count == 0)
        {
            errors.Add($"cours « {course.Label} » sur une ligne sans élève : renseignez id_eleve.");
        }

        return new ImportRow(line.Number, family, student, course, errors);
    }

    private static ImportedStudent? ReadStudent(
        CsvTable table,
        CsvLine line,
        DateOnly today,
        List<string> errors,
        Func<string, string, int, bool, string> text)
    {
        var studentId = text(C.StudentId, "id_eleve", ExternalIds.MaxLength, false);
        if (studentId.Length == 0)
        {
            if (table.Field(line, C.StudentLastName).Length > 0 || table.Field(line, C.StudentFirstName).Length > 0)
            {
                errors.Add("id_eleve manquant pour l'élève de la ligne.");
            }

            return null;
        }

        var civility = CivilityOf(table.Field(line, C.StudentCivility), "de l'élève", errors);
        var lastName = text(C.StudentLastName, "nom de l'élève", 100, true);
        var firstName = text(C.StudentFirstName, "prénom de l'élève", 100, true);
        var birthText = text(C.StudentBirthDate, "date de naissance de l'élève", 20, true);
        DateOnly birthDate = default;
        if (birthText.Length > 0)
        {
            if (DateTime.TryParseExact(birthText, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                birthDate = DateOnly.FromDateTime(parsed);
            }
            else
            {
                errors.Add($"date de naissance « {birthText} » invalide : attendue au format JJ/MM/AAAA, par exemple 14/03/2012.");
            }

            if (birthDate != default && (birthDate >= today || birthDate.Year < 1900))
            {
                errors.Add($"date de naissance « {birthText} » impossible : elle doit être passée et postérieure à 1900.");
            }
        }

        return new ImportedStudent(studentId, civility ?? Civility.Madame, lastName, firstName, birthDate);
    }

    private static ImportedCourse? ReadCourse(CsvTable table, CsvLine line, List<string> errors)
    {
        var discipline = table.Field(line, C.Discipline);
        var name = table.Field(line, C.Course);
        if (discipline.Length == 0 && name.Length == 0)
        {
            return null;
        }

        if (discipline.Length == 0 || name.Length == 0)
        {
            errors.Add("discipline et cours vont ensemble : renseignez les deux ou aucun.");
            return null;
        }

        DayOfWeek? day = null;
        var dayText = table.Field(line, C.CourseDay);
        if (dayText.Length > 0)
        {
            day = Enum.GetValues<DayOfWeek>().Cast<DayOfWeek?>()
                .FirstOrDefault(d => string.Equals(FrenchDays.Name(d!.Value), dayText, StringComparison.OrdinalIgnoreCase));
            if (day is null)
            {
                errors.Add($"jour « {dayText} » inconnu : lundi, mardi… dimanche.");
            }
        }

        var teacher = table.Field(line, C.Teacher);
        return new ImportedCourse(discipline, name, day, teacher.Length == 0 ? null : teacher);
    }

    private static Civility? CivilityOf(string text, string whose, List<string> errors)
    {
        switch (text.Trim().TrimEnd('.').ToUpperInvariant())
        {
            case "MADAME" or "MME" or "MLLE" or "MADEMOISELLE" or "F":
                return Civility.Madame;
            case "MONSIEUR" or "M" or "MR" or "H":
                return Civility.Monsieur;
            default:
                errors.Add(text.Length == 0
                    ? $"civilité {whose} manquante : Madame ou Monsieur."
                    : $"civilité {whose} « {text} » inconnue : Madame ou Monsieur (Mme, M.).");
                return null;
        }
    }

    private static string EmailOf(string text, string whose, List<string> errors)
    {
        if (text.Length > 0 && !(MailAddress.TryCreate(text, out var address) && address.Address == text))
        {
            errors.Add($"e-mail {whose} « {text} » invalide.");
        }

        return text;
    }

    private static bool? YesNo(string text, List<string> errors)
    {
        switch (text.ToUpperInvariant())
        {
            case "":
                return null;
            case "OUI" or "O" or "1" or "VRAI" or "X":
                return true;
            case "NON" or "N" or "0" or "FAUX":
                return false;
            default:
                errors.Add($"resident « {text} » : attendu oui ou non.");
                return null;
        }
    }

    [GeneratedRegex("^[a-z0-9._-]{1,50}$")]
    private static partial Regex IdentifierPattern();

    [GeneratedRegex(@"^\d{5}$")]
    private static partial Regex PostalCodePattern();
}
