using Reinscription.Domain.Sites;

namespace Reinscription.Domain.Courses;

/// <summary>What a site teaches (cursus): Formation musicale, Violoncelle, Orchestre, Danse…</summary>
public class Discipline
{
    private Discipline()
    {
    }

    public Discipline(int siteId, string name, DisciplineKind kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        SiteId = siteId;
        Name = name;
        Kind = kind;
    }

    public int Id { get; private set; }

    public int SiteId { get; private set; }

    public Site? Site { get; private set; }

    public string Name { get; set; } = "";

    public DisciplineKind Kind { get; private set; }
}
