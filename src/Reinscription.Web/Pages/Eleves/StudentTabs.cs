using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Families;
using Reinscription.Web.Accounts;
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
    public string Name => Student.FullNameOf(LastName, FirstName);

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

    /// <summary>
    /// What every student tab starts with: the family's student <paramref name="studentId"/> with what the tab
    /// shows of it (<paramref name="content"/>), and the header; null when the student is not the family's (404).
    /// A handful of siblings and rows: one round trip, the siblings folded into the tab's own query, is cheaper
    /// than splitting it.
    /// </summary>
    public static async Task<LoadedTab<T>?> LoadAsync<T>(
        ReinscriptionDbContext db,
        int familyId,
        int studentId,
        StudentTab tab,
        Expression<Func<Student, T>> content,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(content);
        var siblings = StudentChoice.Of(db, familyId);
        Expression<Func<List<StudentChoice>>> students = () => siblings.ToList();
        var row = Expression.Lambda<Func<Student, TabRow<T>>>(
            Expression.New(typeof(TabRow<T>).GetConstructors()[0], students.Body, content.Body),
            content.Parameters);
        var loaded = await db.StudentsOf(familyId).AsNoTracking().AsSingleQuery()
            .Where(s => s.Id == studentId)
            .Select(row)
            .SingleOrDefaultAsync(cancellationToken);
        return loaded is null ? null : new LoadedTab<T>(new StudentTabs(studentId, loaded.Students, tab), loaded.Content);
    }

    private sealed record TabRow<T>(List<StudentChoice> Students, T Content);
}

/// <summary>A student tab as loaded: its header and what it shows.</summary>
public sealed record LoadedTab<T>(StudentTabs Tabs, T Content);

/// <summary>A tab of a student's record: its content loaded with the header in one query, or 404.</summary>
public abstract class StudentTabModel(ReinscriptionDbContext db, StudentTab tab) : PageModel
{
    protected ReinscriptionDbContext Db { get; } = db;

    public StudentTabs Tabs { get; private set; } = null!;

    /// <summary>What the tab shows of the family's student <paramref name="studentId"/>; null when not the family's.</summary>
    protected async Task<T?> LoadAsync<T>(int studentId, Expression<Func<Student, T>> content, CancellationToken cancellationToken)
        where T : class
    {
        var loaded = await StudentTabs.LoadAsync(Db, User.RequiredFamilyId(), studentId, tab, content, cancellationToken);
        Tabs = loaded?.Tabs!;
        return loaded?.Content;
    }
}
