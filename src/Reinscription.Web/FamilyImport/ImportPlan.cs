namespace Reinscription.Web.FamilyImport;

public enum LineOutcome
{
    Created,
    Changed,
    Unchanged,
    Refused,
}

/// <summary>What the import does with one line of the file, said in French.</summary>
public sealed record PlanLine(int Number, LineOutcome Outcome, string Description)
{
    public string OutcomeLabel => Outcome switch
    {
        LineOutcome.Created => "Création",
        LineOutcome.Changed => "Modification",
        LineOutcome.Unchanged => "Inchangée",
        _ => "Refusée",
    };
}

/// <summary>One field changed by the import: what the record holds, what the file says.</summary>
public sealed record FieldChange(string Label, string? Before, string? After);

public sealed record NewFamily(ImportedFamily Values, string Identifier);

public sealed record FamilyUpdate(int FamilyId, string Identifier, ImportedFamily Values, IReadOnlyList<FieldChange> Changes);

public sealed record NewStudent(ImportedStudent Values, string FamilyExternalId);

public sealed record StudentUpdate(int StudentId, ImportedStudent Values, IReadOnlyList<FieldChange> Changes);

public sealed record NewEnrolment(string StudentExternalId, int CourseId);

/// <summary>
/// The dry run's answer: every line with what it would do, and the writes the import would make.
/// The import runs only a plan without any refused line, so a file is imported whole or not at all.
/// </summary>
public sealed class ImportPlan
{
    public required string EncodingName { get; init; }

    public required char Delimiter { get; init; }

    /// <summary>Problems of the file as a whole (a missing column, no line): nothing can be imported.</summary>
    public required IReadOnlyList<string> FileErrors { get; init; }

    public required IReadOnlyList<PlanLine> Lines { get; init; }

    public IReadOnlyList<NewFamily> NewFamilies { get; init; } = [];

    public IReadOnlyList<FamilyUpdate> FamilyUpdates { get; init; } = [];

    public IReadOnlyList<NewStudent> NewStudents { get; init; } = [];

    public IReadOnlyList<StudentUpdate> StudentUpdates { get; init; } = [];

    public IReadOnlyList<NewEnrolment> NewEnrolments { get; init; } = [];

    public int Count(LineOutcome outcome) => Lines.Count(l => l.Outcome == outcome);

    public bool CanImport => FileErrors.Count == 0 && Lines.Count > 0 && Lines.All(l => l.Outcome != LineOutcome.Refused);

    public bool ChangesNothing => NewFamilies.Count == 0 && FamilyUpdates.Count == 0 && NewStudents.Count == 0
                                  && StudentUpdates.Count == 0 && NewEnrolments.Count == 0;

    /// <summary>"12 familles créées, 3 modifiées ; …", for the confirmation and the audit log.</summary>
    public string Summary =>
        $"{NewFamilies.Count} famille(s) créée(s), {FamilyUpdates.Count} modifiée(s) ; " +
        $"{NewStudents.Count} élève(s) créé(s), {StudentUpdates.Count} modifié(s) ; {NewEnrolments.Count} inscription(s) ajoutée(s)";
}
