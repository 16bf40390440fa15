using Reinscription.Web.Data;

namespace Reinscription.Web.Pages.Eleves;

/// <summary>The tabs of a student's record; each name is also its page's name under /Eleves.</summary>
public enum StudentTab
{
    Identite,
    Cours,
    Historique,
    Repertoire,
    Documents,
}

/// <summary>A student of the family, as the drop-down lists it.</summary>
public sealed record StudentChoice(int Id, string LastName, string FirstName)
{
    public string Name => $"{LastName.ToUpperInvariant()} {FirstName}";

    /// <summary>
    /// The family's students in drop-down order, eldest first; a query that each student page folds
    /// into its own single round trip.
    /// </summary>
    public static IQueryable<StudentChoice> Of(ReinscriptionDbContext db, int familyId) =>
        db.StudentsOf(familyId).OrderBy(o => o.BirthDate).ThenBy(o => o.Id)
            .Select(o => new StudentChoice(o.Id, o.LastName, o.FirstName));
}

/// <summary>What the header of every student page shows: whose record it is, the family's other students, the tab open.</summary>
public sealed record StudentTabs(int StudentId, IReadOnlyList<StudentChoice> Students, StudentTab Active)
{
    public static readonly IReadOnlyList<(StudentTab Tab, string Label)> All =
    [
        (StudentTab.Identite, "Identité"),
        (StudentTab.Cours, "Cours"),
        (StudentTab.Historique, "Historique"),
        (StudentTab.Repertoire, "Répertoire"),
        (StudentTab.Documents, "Documents fournis"),
    ];

    public StudentChoice Student => Students.Single(s => s.Id == StudentId);

    public string ActiveLabel => All.Single(t => t.Tab == Active).Label;

    /// <summary>The page title: the tab, then the student, so that browser tabs and history tell them apart.</summary>
    public string Title => $"{ActiveLabel} - {Student.Name}";
}
