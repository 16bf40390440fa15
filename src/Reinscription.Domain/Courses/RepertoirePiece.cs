using Reinscription.Domain.Families;

namespace Reinscription.Domain.Courses;

/// <summary>A piece the student plays in a school year (répertoire).</summary>
public class RepertoirePiece
{
    private RepertoirePiece()
    {
    }

    public RepertoirePiece(int studentId, int schoolYearId, string title, string composer)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        StudentId = studentId;
        SchoolYearId = schoolYearId;
        Title = title;
        Composer = composer;
    }

    public int Id { get; private set; }

    public int StudentId { get; private set; }

    public Student? Student { get; private set; }

    public int SchoolYearId { get; private set; }

    public SchoolYear? SchoolYear { get; private set; }

    public string Title { get; set; } = "";

    public string Composer { get; set; } = "";

    public string? DisciplineName { get; set; }
}
