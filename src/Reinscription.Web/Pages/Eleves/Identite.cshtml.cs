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
            record.FamilyId, id, ChangeSubject.Student, record.Current, proposed, ChangeMails.StudentEditReceived(record.Current, proposed, record.Guardian, record.Site), now, cancellationToken);
        Confirmation = "Vos modifications sont transmises au conservatoire, qui doit les valider. " +
                       "Un accusé de réception vous a été envoyé par e-mail.";
        return RedirectToPage(new { id });
    }

    private void Show(IdentityRecord record)
    {
        Tabs = record.Tabs;
        IsPending = record.Pending is not null;
        var guardian = record.Guardian;
        GuardianContact = $"{guardian.Address}, {guardian.PostalCode} {guardian.Town}";
    }

    private async Task<IdentityRecord?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var familyId = User.RequiredFamilyId();
        var pending = db.PendingChangeOf(familyId, ChangeSubject.Student, id);
        var loaded = await StudentTabs.LoadAsync(db, familyId, id, StudentTab.Identite, s => new
        {
            Student = s,
            s.Family!.Guardian1,
            s.Family.Site,
            Pending = pending.Select(c => c.ProposedValuesJson).FirstOrDefault(),
        }, cancellationToken);
        return loaded is null
            ? null
            : new IdentityRecord(
                familyId,
                StudentDetails.From(loaded.Content.Student),
                loaded.Content.Pending is null ? null : ChangeValues.Deserialize<StudentDetails>(loaded.Content.Pending),
                loaded.Content.Guardian1,
                loaded.Content.Site!,
                loaded.Tabs);
    }

    /// <summary>The student as recorded, the family's pending proposal if any, and what the page and the e-mail need.</summary>
    private sealed record IdentityRecord(
        int FamilyId,
        StudentDetails Current,
        StudentDetails? Pending,
        Guardian Guardian,
        Site Site,
        StudentTabs Tabs)
    {
        public StudentDetails Shown => Pending ?? Current;
    }
}
