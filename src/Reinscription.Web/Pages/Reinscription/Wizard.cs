using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Courses;
using Reinscription.Domain.Families;
using Reinscription.Domain.Sites;
using Reinscription.Web.Data;

namespace Reinscription.Web.Pages.ReenrollmentWizard;

/// <summary>
/// What every step of the re-enrolment wizard needs: the family's student, the campaign of its
/// site for next year, and the student's request in it (tracked, so a step can save it).
/// </summary>
public sealed class Wizard
{
    public static readonly IReadOnlyList<string> StepNames =
        ["Modification des coordonnées", "Autorisations", "Documents", "Cours", "Récapitulatif", "Finalisation"];

    private static readonly string[] StepPages =
        ["/Reinscription/Coordonnees", "/Reinscription/Autorisations", "/Reinscription/Documents", "/Reinscription/Cours",
            "/Reinscription/Recapitulatif", "/Reinscription/Finalisation"];

    /// <summary>
    /// Compiled once (every step's every request starts here; decision record 079), through the shared rules of
    /// whose students and which campaign (<see cref="QueryRules"/>). Family, Site, TargetSchoolYear and Choices are selected for EF Core to
    /// track them and link them to Student, Campaign and Request, which is what the steps read and save.
    /// </summary>
    private static readonly Func<ReinscriptionDbContext, int, int, DateTimeOffset, CancellationToken, Task<Loaded?>> Load =
        EF.CompileAsyncQuery(QueryRules.Inline<Func<ReinscriptionDbContext, int, int, DateTimeOffset, CancellationToken, Loaded?>>((db, familyId, studentId, now, _) => (
                from student in db.StudentsOf(familyId).Where(s => s.Id == studentId)
                from campaign in db.NextYearCampaigns(now).Where(c => c.SiteId == student.Family!.SiteId).DefaultIfEmpty()
                from request in db.ReenrollmentRequests.Where(r => r.CampaignId == campaign!.Id && r.StudentId == student.Id).DefaultIfEmpty()
                select new Loaded
                {
                    Student = student,
                    Family = student.Family,
                    Site = student.Family!.Site,
                    Campaign = campaign,
                    TargetSchoolYear = campaign!.TargetSchoolYear,
                    Request = request,
                    Choices = request!.Choices.ToList(),
                })
            .SingleOrDefault()));

    private Wizard(Student student, ReenrollmentCampaign? campaign, ReenrollmentRequest? request, DateTimeOffset now)
    {
        Student = student;
        Campaign = campaign;
        Request = request;
        Now = now;
    }

    public Student Student { get; }

    public ReenrollmentCampaign? Campaign { get; }

    public ReenrollmentRequest? Request { get; private set; }

    public DateTimeOffset Now { get; }

    public CampaignPhase? Phase => Campaign?.PhaseAt(Now);

    public bool IsOpen => Phase == CampaignPhase.Open;

    /// <summary>A step may be shown and saved: campaign open, re-enrolment chosen, request not yet sent.</summary>
    public bool CanEdit => IsOpen && Request is { Wish: ReenrollmentWish.Reenrol, IsEditable: true };

    public string StudentName => Student.FullName;

    public static string PageOfStep(int step) => StepPages[step - 1];

    /// <summary>The steps this campaign shows: an administrative campaign has no course step.</summary>
    public IReadOnlyList<int> Steps => WizardSteps.Of(Mode);

    public int StepAfter(int step) => WizardSteps.After(Mode, step);

    public int StepBefore(int step) => WizardSteps.Before(Mode, step);

    /// <summary>What the conservatory wrote for this step of its campaign; empty shows nothing.</summary>
    public string TextOf(int step) => Campaign?.Texts.ForStep(step) ?? "";

    private CampaignMode Mode => Campaign?.Mode ?? CampaignMode.Complete;

    /// <summary>
    /// Null when the student is not the family's: the page answers 404. One query, as every step and
    /// every reload of a step starts here: the student with family and site, the site's campaign for next
    /// year with that year, the student's request in it with its course choices (all tracked and linked).
    /// </summary>
    public static async Task<Wizard?> LoadAsync(
        ReinscriptionDbContext db,
        int familyId,
        int studentId,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var loaded = await Load(db, familyId, studentId, now, cancellationToken);
        return loaded is null ? null : new Wizard(loaded.Student, loaded.Campaign, loaded.Request, now);
    }

    /// <summary>Moves the saved progress forward, never back: a parent who steps back resumes where they had reached.</summary>
    public void Reach(int step)
    {
        if (Request is { } request && step > request.CurrentStep)
        {
            request.ReachStep(step);
        }
    }

    private sealed class Loaded
    {
        public required Student Student { get; init; }

        public Family? Family { get; init; }

        public Site? Site { get; init; }

        public ReenrollmentCampaign? Campaign { get; init; }

        public SchoolYear? TargetSchoolYear { get; init; }

        public ReenrollmentRequest? Request { get; init; }

        public List<CourseChoice>? Choices { get; init; }
    }
}
