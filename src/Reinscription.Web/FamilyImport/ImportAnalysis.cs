using System.Globalization;
using Reinscription.Domain.Families;

namespace Reinscription.Web.FamilyImport;

/// <summary>
/// Reads every line of the file against what the site holds and decides, line by line, what the
/// import would create, change or refuse. Pure: no query, no write, so the dry run and the import
/// see the same plan.
/// </summary>
public sealed class ImportAnalysis
{
    private readonly SiteSnapshot _site;
    private readonly Dictionary<string, (ImportedFamily Values, int Line)> _families = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string FamilyExternalId, int Line)> _explicitIdentifiers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (ImportedStudent Values, string FamilyExternalId, int Line)> _students = new(StringComparer.Ordinal);
    private readonly HashSet<(string StudentExternalId, int CourseId)> _enrolments = [];
    private readonly HashSet<string> _takenIdentifiers;
    private readonly Dictionary<string, int> _nextNumbers = new(StringComparer.Ordinal);
    private readonly List<NewFamily> _newFamilies = [];
    private readonly List<FamilyUpdate> _familyUpdates = [];
    private readonly List<NewStudent> _newStudents = [];
    private readonly List<StudentUpdate> _studentUpdates = [];
    private readonly List<NewEnrolment> _newEnrolments = [];

    private ImportAnalysis(SiteSnapshot site)
    {
        _site = site;
        _takenIdentifiers = [.. site.ExternalIdByIdentifier.Keys];
    }

    public static ImportPlan Analyse(CsvTable table, SiteSnapshot site, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(site);
        var missing = ImportColumns.Required.Where(c => !table.Columns.ContainsKey(c)).ToList();
        if (missing.Count > 0 || table.Lines.Count == 0)
        {
            IReadOnlyList<string> errors = missing.Count > 0
                ? [$"Colonne(s) absente(s) de la ligne d'en-tête : {string.Join(", ", missing)}. Voir le modèle docs/import-exemple.csv."]
                : ["Le fichier ne contient aucune ligne après l'en-tête."];
            return new ImportPlan { EncodingName = table.EncodingName, Delimiter = table.Delimiter, FileErrors = errors, Lines = [] };
        }

        var rows = table.Lines.Select(line => ImportRowReader.Read(table, line, today)).ToList();
        var analysis = new ImportAnalysis(site);

        // Identifiers the file gives are reserved first, so that a generated one never takes them.
        foreach (var identifier in rows.Where(r => r.IsValid).Select(r => r.Family!.Identifier).OfType<string>())
        {
            analysis._takenIdentifiers.Add(identifier);
        }

        var lines = rows.Select(analysis.Decide).ToList();
        return new ImportPlan
        {
            EncodingName = table.EncodingName,
            Delimiter = table.Delimiter,
            FileErrors = [],
            Lines = lines,
            NewFamilies = analysis._newFamilies,
            FamilyUpdates = analysis._familyUpdates,
            NewStudents = analysis._newStudents,
            StudentUpdates = analysis._studentUpdates,
            NewEnrolments = analysis._newEnrolments,
        };
    }

    private PlanLine Decide(ImportRow row)
    {
        if (!row.IsValid)
        {
            return new PlanLine(row.Line, LineOutcome.Refused, string.Join(" ", row.Errors.Select(Capitalised)));
        }

        var errors = new List<string>();
        var family = row.Family!;
        var familySeen = _families.TryGetValue(family.ExternalId, out var seen);
        CheckFamily(row, familySeen, seen, errors);
        var studentSeen = false;
        (ImportedStudent Values, string FamilyExternalId, int Line) seenStudent = default;
        if (row.Student is { } student)
        {
            studentSeen = _students.TryGetValue(student.ExternalId, out seenStudent);
            CheckStudent(family, student, studentSeen, seenStudent, errors);
        }

        CourseOption? course = null;
        if (row.Course is { } wanted && errors.Count == 0)
        {
            course = Resolve(wanted, errors);
        }

        if (errors.Count > 0)
        {
            return new PlanLine(row.Line, LineOutcome.Refused, string.Join(" ", errors.Select(Capitalised)));
        }

        // Nothing below can refuse the line: only now is it recorded.
        var created = new List<string>();
        var changed = new List<string>();
        if (!familySeen)
        {
            RecordFamily(row, created, changed);
        }

        if (row.Student is { } newStudent && !studentSeen)
        {
            RecordStudent(newStudent, family.ExternalId, row.Line, created, changed);
        }

        if (course is not null && RecordEnrolment(row.Student!, course))
        {
            created.Add($"inscription en {course.Discipline} - {course.Name}");
        }

        var parts = created.Concat(changed).ToList();
        return parts.Count == 0
            ? new PlanLine(row.Line, LineOutcome.Unchanged, "Déjà à jour.")
            : new PlanLine(row.Line, created.Count > 0 ? LineOutcome.Created : LineOutcome.Changed, Capitalised(string.Join(" ; ", parts)) + ".");
    }

    private void CheckFamily(ImportRow row, bool familySeen, (ImportedFamily Values, int Line) seen, List<string> errors)
    {
        var family = row.Family!;
        if (familySeen)
        {
            if (seen.Values != family)
            {
                errors.Add($"la famille {family.ExternalId} a d'autres coordonnées ligne {seen.Line} : ses lignes doivent être identiques.");
            }

            return;
        }

        if (family.Identifier is not { } identifier)
        {
            return;
        }

        if (_explicitIdentifiers.TryGetValue(identifier, out var owner) && owner.FamilyExternalId != family.ExternalId)
        {
            errors.Add($"identifiant « {identifier} » en double : déjà donné à la famille {owner.FamilyExternalId} ligne {owner.Line}.");
        }
        else if (_site.ExternalIdByIdentifier.TryGetValue(identifier, out var holder) && holder != family.ExternalId
                 && !_site.FamiliesByExternalId.ContainsKey(family.ExternalId))
        {
            errors.Add($"identifiant « {identifier} » en double : une autre famille du site l'a déjà.");
        }
    }

    private void CheckStudent(
        ImportedFamily family,
        ImportedStudent student,
        bool studentSeen,
        (ImportedStudent Values, string FamilyExternalId, int Line) seen,
        List<string> errors)
    {
        if (studentSeen)
        {
            if (seen.FamilyExternalId != family.ExternalId)
            {
                errors.Add($"l'élève {student.ExternalId} est rattaché à la famille {seen.FamilyExternalId} ligne {seen.Line}.");
            }
            else if (seen.Values != student)
            {
                errors.Add($"l'élève {student.ExternalId} a d'autres nom, prénom ou date de naissance ligne {seen.Line}.");
            }
        }
        else if (_site.StudentsByExternalId.TryGetValue(student.ExternalId, out var existing)
                 && existing.FamilyExternalId != family.ExternalId)
        {
            errors.Add($"l'élève {student.ExternalId} appartient à la famille « {existing.FamilyIdentifier} » : un changement de famille se fait à la main.");
        }
    }

    private CourseOption? Resolve(ImportedCourse wanted, List<string> errors)
    {
        if (_site.YearLabel is null)
        {
            errors.Add("aucune année scolaire en cours : les inscriptions ne peuvent être importées.");
            return null;
        }

        var options = _site.CoursesByName[SiteSnapshot.CourseKey(wanted.Discipline, wanted.Name)]
            .Where(c => wanted.Day is null || c.Day == wanted.Day)
            .Where(c => wanted.Teacher is null || string.Equals(SiteSnapshot.Fold(c.Teacher ?? ""), SiteSnapshot.Fold(wanted.Teacher), StringComparison.Ordinal))
            .ToList();
        switch (options.Count)
        {
            case 1:
                return options[0];
            case 0:
                errors.Add($"cours inconnu en {_site.YearLabel} : « {wanted.Label} ».");
                return null;
            default:
                errors.Add($"cours ambigu : {options.Count} créneaux « {wanted.Label} » en {_site.YearLabel} ; précisez les colonnes jour ou professeur.");
                return null;
        }
    }

    private void RecordFamily(ImportRow row, List<string> created, List<string> changed)
    {
        var family = row.Family!;
        _families[family.ExternalId] = (family, row.Line);
        if (family.Identifier is { } given)
        {
            _explicitIdentifiers[given] = (family.ExternalId, row.Line);
        }

        if (!_site.FamiliesByExternalId.TryGetValue(family.ExternalId, out var existing))
        {
            var identifier = family.Identifier ?? Generate(family.Guardian1.LastName);
            _newFamilies.Add(new NewFamily(family, identifier));
            created.Add($"famille {family.ExternalId} créée, identifiant « {identifier} »");
            return;
        }

        var changes = FamilyChanges(existing, family);
        if (changes.Count > 0)
        {
            _familyUpdates.Add(new FamilyUpdate(existing.Id, existing.Identifier, family, changes));
            changed.Add($"famille {family.ExternalId} (« {existing.Identifier} ») modifiée : {Describe(changes)}");
        }
    }

    private void RecordStudent(ImportedStudent student, string familyExternalId, int line, List<string> created, List<string> changed)
    {
        _students[student.ExternalId] = (student, familyExternalId, line);
        if (!_site.StudentsByExternalId.TryGetValue(student.ExternalId, out var existing))
        {
            _newStudents.Add(new NewStudent(student, familyExternalId));
            created.Add($"élève {student.ExternalId} {student.FullName} créé");
            return;
        }

        var changes = Changes(
            ("Civilité", existing.Civility.ToString(), student.Civility.ToString()),
            ("Nom", existing.LastName, student.LastName),
            ("Prénom", existing.FirstName, student.FirstName),
            ("Date de naissance", Date(existing.BirthDate), Date(student.BirthDate)));
        if (changes.Count > 0)
        {
            _studentUpdates.Add(new StudentUpdate(existing.Id, student, changes));
            changed.Add($"élève {student.ExternalId} modifié : {Describe(changes)}");
        }
    }

    private bool RecordEnrolment(ImportedStudent student, CourseOption course)
    {
        if (_site.StudentsByExternalId.TryGetValue(student.ExternalId, out var existing)
            && _site.Enrolments.Contains((existing.Id, course.Id)))
        {
            return false;
        }

        if (!_enrolments.Add((student.ExternalId, course.Id)))
        {
            return false;
        }

        _newEnrolments.Add(new NewEnrolment(student.ExternalId, course.Id));
        return true;
    }

    private string Generate(string lastName)
    {
        var stem = FamilyIdentifiers.StemOf(lastName);
        var number = _nextNumbers.GetValueOrDefault(stem, 1);
        while (_takenIdentifiers.Contains(FamilyIdentifiers.Candidate(stem, number)))
        {
            number++;
        }

        _nextNumbers[stem] = number + 1;
        var identifier = FamilyIdentifiers.Candidate(stem, number);
        _takenIdentifiers.Add(identifier);
        return identifier;
    }

    private static List<FieldChange> FamilyChanges(ExistingFamily existing, ImportedFamily family)
    {
        var fields = family.Guardian1.Compare(existing.Guardian1, second: false).ToList();
        if (family.Guardian2 is { } second)
        {
            fields.AddRange(existing.Guardian2 is null
                ? [("Responsable 2", null, $"{second.FirstName} {second.LastName}")]
                : second.Compare(existing.Guardian2, second: true));
        }

        if (family.IsResident is { } resident)
        {
            fields.Add(("Résident", existing.IsResident ? "oui" : "non", resident ? "oui" : "non"));
        }

        return Changes([.. fields]);
    }

    private static List<FieldChange> Changes(params (string Label, string? Before, string? After)[] fields) =>
        [.. fields.Where(f => (f.Before ?? "") != (f.After ?? "")).Select(f => new FieldChange(f.Label, f.Before, f.After))];

    private static string Describe(IEnumerable<FieldChange> changes) =>
        string.Join(", ", changes.Select(c => $"{c.Label} « {c.Before} » → « {c.After} »"));

    private static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Capitalised(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.GetCultureInfo("fr-FR")) + text[1..];
}
