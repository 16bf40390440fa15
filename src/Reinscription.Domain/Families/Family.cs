using Reinscription.Domain.Billing;
using Reinscription.Domain.Sites;

namespace Reinscription.Domain.Families;

/// <summary>The household that logs in; its identifier is unique within its site only.</summary>
public class Family
{
    private readonly List<Student> _students = [];

    private Guardian? _guardian2;

    private Family()
    {
    }

    public Family(int siteId, string identifier, Guardian guardian1)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(identifier);
        SiteId = siteId;
        Identifier = NormalizeIdentifier(identifier);
        Guardian1 = guardian1;
    }

    public int Id { get; private set; }

    public int SiteId { get; private set; }

    public Site? Site { get; private set; }

    public string Identifier { get; private set; } = "";

    /// <summary>The family's id in the conservatory's management system, which the CSV import matches on.</summary>
    public string? ExternalId { get; private set; }

    public Guardian Guardian1 { get; private set; } = new();

    /// <summary>Set when the family is created, or added later by <see cref="AddGuardian2"/>; never replaced.</summary>
    public Guardian? Guardian2
    {
        get => _guardian2;
        init => _guardian2 = value;
    }

    /// <summary>Lives in the territory: decides resident tariffs and residents-only documents.</summary>
    public bool IsResident { get; set; }

    public bool PaysBySepa { get; set; }

    /// <summary>Hosted by another household (hébergé): needs the host's documents.</summary>
    public bool IsHosted { get; set; }

    /// <summary>Kept when the family goes back to paying at once, so that choosing SEPA again asks nothing.</summary>
    public SepaMandate? SepaMandate { get; private set; }

    /// <summary>"Modalités de règlement": eight monthly debits under this mandate.</summary>
    public void PayBySepa(string accountHolder, Iban iban, DateOnly signedOn)
    {
        SepaMandate = new SepaMandate(Id, accountHolder, iban, signedOn);
        PaysBySepa = true;
    }

    /// <summary>"Modalités de règlement": the year's fees in one payment.</summary>
    public void PayAtOnce() => PaysBySepa = false;

    /// <summary>The Identity account this family logs in with.</summary>
    public string? AccountId { get; set; }

    public IReadOnlyCollection<Student> Students => _students;

    public void AddStudent(Student student) => _students.Add(student);

    /// <summary>A second guardian is added once; edits to it then go through <see cref="Guardian"/>'s own fields.</summary>
    public void AddGuardian2(Guardian guardian)
    {
        ArgumentNullException.ThrowIfNull(guardian);
        if (_guardian2 is not null)
        {
            throw new InvalidOperationException("La famille a déjà un second responsable légal.");
        }

        _guardian2 = guardian;
    }

    /// <summary>Staff correct a record that named a second guardian by mistake; families cannot.</summary>
    public void RemoveGuardian2() => _guardian2 = null;

    public void LinkToManagementSystem(string? externalId) => ExternalId = ExternalIds.Normalize(externalId);

    /// <summary>Identifiers are compared without regard to case or surrounding spaces.</summary>
    public static string NormalizeIdentifier(string identifier) => identifier.Trim().ToLowerInvariant();

    /// <summary>
    /// Families with at least two children under 20 must provide the CAF attestation.
    /// </summary>
    public bool MustProvideCafAttestation(DateOnly today) =>
        ChildrenUnder20(today) >= Tariffs.TariffFacts.CafRuleChildren;

    public int ChildrenUnder20(DateOnly today) => _students.Count(s => s.AgeOn(today) < Tariffs.TariffFacts.CafRuleAge);
}
