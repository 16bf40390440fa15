using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Changes;
using Reinscription.Domain.Families;
using Reinscription.Domain.Sites;
using Reinscription.Web.Accounts;
using Reinscription.Web.Changes;
using Reinscription.Web.Data;
using Reinscription.Web.Email;
using Reinscription.Web.Validation;

namespace Reinscription.Web.Pages.Eleves;

/// <summary>
/// The "Identité" tab. Saving never touches the student's record: the edit waits for staff as a
/// pending change, the family sees its proposal meanwhile and gets an acknowledgement by e-mail.
/// </summary>
public class IdentiteModel(
    ReinscriptionDbContext db,
    IValidator<StudentIdentityInput> validator,
    TimeProvider clock) : PageModel
{
    [BindProperty]
    public StudentIdentityInput Input { get; set; } = new();

    public StudentTabs Tabs { get; private set; } = null!;

    /// <summary>A change waits for staff: the form shows the family's proposal, not the record.</summary>
    public bool IsPending { get; private set; }

    public string GuardianContact { get; private set; } = "";

    [TempData]
    public string? Confirmation { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var record = await LoadAsync(id, cancellationToken);
        if (record is null)
        {
            return NotFound();
        }

        Show(record);
        Input = StudentIdentityInput.From(record.Shown);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var record = await LoadAsync(id, cancellationToken);
        if (record is null)
        {
            return NotFound();
        }

        Show(record);
        var validation = await validator.ValidateAsync(Input, cancellationToken);

        // A value that could not even be read (a date typed by hand) already says so; "required" would be misleading.
        validation.Errors.RemoveAll(f => ModelState.TryGetValue($"Input.{f.PropertyName}", out var entry) && entry.Errors.Count > 0);
        if (!validation.IsValid || !ModelState.IsValid)
        {
            ModelState.AddErrors(validation);
            return Page();
        }

        var proposed = Input.ToDetails();
        if (proposed == record.Shown)
        {
            Confirmation = "Aucune modification à enregistrer.";
            return RedirectToPage(new { id });
        }

        var now = clock.GetUtcNow();
        await db.ProposeChangeAsync(
            record.FamilyId, id, ChangeSubject.Student, record.Current, proposed, Acknowledgement(record, proposed), now, cancellationToken);
        Confirmation = "Vos modifications sont transmises au conservatoire, qui doit les valider. " +
                       "Un accusé de réception vous a été envoyé par e-mail.";
        return RedirectToPage(new { id });
    }

    private void Show(IdentityRecord record)
    {
        Tabs = new StudentTabs(record.StudentId, record.Students, StudentTab.Identite);
        IsPending = record.Pending is not null;
        var guardian = record.Guardian;
        GuardianContact = $"{guardian.Address}, {guardian.PostalCode} {guardian.Town}";
    }

    private async Task<IdentityRecord?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var familyId = User.RequiredFamilyId();

        var siblings = StudentChoice.Of(db, familyId);
        var pending = db.PendingChangeOf(familyId, ChangeSubject.Student, id);

        // A handful of siblings: one round trip is cheaper than splitting the query.
        var row = await db.StudentsOf(familyId).AsNoTracking().AsSingleQuery()
            .Where(s => s.Id == id)
            .Select(s => new
            {
                Student = s,
                s.Family!.Guardian1,
                s.Family.Site,
                Students = siblings.ToList(),
                Pending = pending.Select(c => c.ProposedValuesJson)
                    .FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return row is null
            ? null
            : new IdentityRecord(
                familyId,
                id,
                StudentDetails.From(row.Student),
                row.Pending is null ? null : PendingChangeRequests.Deserialize<StudentDetails>(row.Pending),
                row.Guardian1,
                row.Site!,
                row.Students);
    }

    private static MailMessage Acknowledgement(IdentityRecord record, StudentDetails proposed)
    {
        var changes = record.Current.Fields.Zip(proposed.Fields)
            .Where(pair => pair.First.Value != pair.Second.Value)
            .Select(pair => $"- {pair.First.Label} : {Quoted(pair.First.Value)} devient {Quoted(pair.Second.Value)}")
            .ToList();
        var name = $"{record.Current.FirstName} {record.Current.LastName.ToUpperInvariant()}";
        var paragraphs = new List<string>
        {
            $"Nous avons bien reçu votre demande de modification de la fiche de l'élève {name}.",
            "Elle est en attente de validation par le conservatoire : la fiche sera mise à jour dès que le conservatoire l'aura validée.",
        };
        if (changes.Count == 0)
        {
            paragraphs.Add("Votre demande rétablit les informations actuellement enregistrées sur la fiche.");
        }
        else
        {
            paragraphs.Add("Modifications demandées :");
            paragraphs.AddRange(changes);
        }

        paragraphs.Add("Si vous n'êtes pas à l'origine de cette demande, prévenez le conservatoire.");
        return new MailMessage(
            record.Guardian.Email,
            "Modification de la fiche élève enregistrée",
            $"Bonjour {record.Guardian.FormalName},",
            paragraphs,
            record.Site);
    }

    private static string Quoted(string value) => value.Length == 0 ? "(vide)" : $"« {value} »";

    /// <summary>The student as recorded, the family's pending proposal if any, and what the page and the e-mail need.</summary>
    private sealed record IdentityRecord(
        int FamilyId,
        int StudentId,
        StudentDetails Current,
        StudentDetails? Pending,
        Guardian Guardian,
        Site Site,
        IReadOnlyList<StudentChoice> Students)
    {
        public StudentDetails Shown => Pending ?? Current;
    }
}
