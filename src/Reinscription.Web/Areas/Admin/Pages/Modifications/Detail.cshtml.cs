using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Changes;
using Reinscription.Domain.Families;
using Reinscription.Web.Accounts;
using Reinscription.Web.Audit;
using Reinscription.Web.Changes;
using Reinscription.Web.Data;
using Reinscription.Web.Validation;

namespace Reinscription.Web.Areas.Admin.Pages.Modifications;

/// <summary>
/// One pending change, side by side with the record it would overwrite; staff accept it (applied at
/// once) or reject it with a reason. Either way the family gets an e-mail.
/// </summary>
public class DetailModel(
    ReinscriptionDbContext db,
    IValidator<RejectionInput> validator,
    TimeProvider clock) : PageModel
{
    [BindProperty]
    public RejectionInput Input { get; set; } = new();

    public string Title { get; private set; } = "";

    public string FamilyLabel { get; private set; } = "";

    public DateTimeOffset RequestedAt { get; private set; }

    public IReadOnlyList<ComparedField> Fields { get; private set; } = [];

    public bool IsPending { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var change = await FindAsync(id, cancellationToken);
        if (change is null)
        {
            return NotFound();
        }

        Describe(change);
        return Page();
    }

    public async Task<IActionResult> OnPostAccepterAsync(int id, CancellationToken cancellationToken) =>
        await DecideAsync(id, accept: true, cancellationToken);

    public async Task<IActionResult> OnPostRefuserAsync(int id, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(Input, cancellationToken);
        if (!validation.IsValid)
        {
            var change = await FindAsync(id, cancellationToken);
            if (change is null)
            {
                return NotFound();
            }

            ModelState.AddErrors(validation);
            Describe(change);
            return Page();
        }

        return await DecideAsync(id, accept: false, cancellationToken);
    }

    private async Task<IActionResult> DecideAsync(int id, bool accept, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // The row lock makes two staff members deciding at once take turns; the second sees it decided.
        var change = await db.PendingChanges
            .FromSql($"""SELECT * FROM "PendingChanges" WHERE "Id" = {id} FOR UPDATE""")
            .SingleAsync(cancellationToken);
        if (change.Status != ChangeStatus.Pending)
        {
            TempData["Confirmation"] = "Cette modification avait déjà été traitée.";
            return RedirectToPage("/Modifications/Index");
        }

        var family = await db.Families.Include(f => f.Site).SingleAsync(f => f.Id == change.FamilyId, cancellationToken);
        var student = change.StudentId is { } studentId
            ? await db.Students.SingleAsync(s => s.Id == studentId, cancellationToken)
            : null;
        var now = clock.GetUtcNow();
        var staffId = User.RequiredStaffId();
        var subject = ChangeLabels.Of(change.Subject, student?.FirstName);
        db.Audit(User, now, family.SiteId, accept ? "change.accepted" : "change.rejected", ChangeAudit.RecordOf(change.Subject, change.FamilyId, change.StudentId).Type, ChangeAudit.RecordOf(change.Subject, change.FamilyId, change.StudentId).Id, $"Modification n° {change.Id} de la fiche « {subject} » de la famille {family.Identifier} {(accept ? "acceptée et appliquée" : "refusée")}.", accept ? ChangeAudit.Applied(change, family, student) : AuditLog.Diff(("Motif du refus", null, Input.Reason.Trim())));
        if (accept)
        {
            change.AcceptOnto(family, student, staffId, now);
        }
        else
        {
            change.Reject(staffId, Input.Reason.Trim(), now);
        }

        db.Outbox.Add(ChangeMails.Decision(family, subject, change).ToOutbox(now));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        TempData["Confirmation"] = accept
            ? $"Modification acceptée et appliquée ({family.Identifier}, {subject})."
            : $"Modification refusée ({family.Identifier}, {subject}) ; la famille en est informée.";
        return RedirectToPage("/Modifications/Index");
    }

    private Task<PendingChange?> FindAsync(int id, CancellationToken cancellationToken)
    {
        var sites = db.SitesOf(User.RequiredStaffId()).Select(s => s.Id);
        return db.PendingChanges.AsNoTracking()
            .Include(c => c.Family).ThenInclude(f => f!.Site)
            .Include(c => c.Student)
            .SingleOrDefaultAsync(c => c.Id == id && sites.Contains(c.Family!.SiteId), cancellationToken);
    }

    private void Describe(PendingChange change)
    {
        var family = change.Family!;
        Title = ChangeLabels.Of(change.Subject, change.Student?.FirstName);
        FamilyLabel = $"{family.Identifier} ({family.Site!.Name})";
        RequestedAt = change.RequestedAt;
        IsPending = change.Status == ChangeStatus.Pending;
        IReadOnlyList<(string Label, string Value)> current;
        IReadOnlyList<(string Label, string Value)> proposed;
        if (change.Subject == ChangeSubject.Student)
        {
            current = StudentDetails.From(change.Student!).Fields;
            proposed = change.Proposed<StudentDetails>().Fields;
        }
        else
        {
            var guardian = change.Subject == ChangeSubject.Guardian1 ? family.Guardian1 : family.Guardian2;
            proposed = change.Proposed<GuardianDetails>().Fields;
            current = guardian is null ? [.. proposed.Select(f => (f.Label, ""))] : GuardianDetails.From(guardian).Fields;
        }

        Fields = [.. current.Zip(proposed, (c, p) => new ComparedField(c.Label, c.Value, p.Value))];
    }
}
