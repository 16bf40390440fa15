using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Reinscription.Domain.Documents;
using Reinscription.Web.Accounts;
using Reinscription.Web.Areas.Admin.Pages.Modifications;
using Reinscription.Web.Audit;
using Reinscription.Web.Data;
using Reinscription.Web.Documents;
using Reinscription.Web.Email;
using Reinscription.Web.Validation;

namespace Reinscription.Web.Areas.Admin.Pages.Documents;

/// <summary>
/// One provided document: staff validate it or refuse it with a reason. Either way the family sees
/// the new state at once and gets an e-mail; a refusal links to the line where it uploads again.
/// A little over 150 lines because the decision's row lock, its e-mail and the page's display read best in one place.
/// </summary>
public class DetailModel(
    ReinscriptionDbContext db,
    IValidator<RejectionInput> validator,
    IOptions<PortalOptions> portal,
    TimeProvider clock) : PageModel
{
    [BindProperty]
    public RejectionInput Input { get; set; } = new();

    [BindProperty]
    public IncomeInput Income { get; set; } = new();

    public DocumentView Document { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var document = await FindAsync(id, cancellationToken);
        if (document is null)
        {
            return NotFound();
        }

        Document = document;
        if (Request.Method == HttpMethods.Get)
        {
            Income = IncomeInput.Prefilled(document.Hints);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostValiderAsync(int id, CancellationToken cancellationToken)
    {
        var view = await FindAsync(id, cancellationToken);
        if (view is not null && !Income.TryRead(view.Kind, ModelState, out _, out _))
        {
            return await OnGetAsync(id, cancellationToken);
        }

        return await DecideAsync(id, validate: true, cancellationToken);
    }

    public async Task<IActionResult> OnPostRefuserAsync(int id, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(Input, cancellationToken);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation);
            return await OnGetAsync(id, cancellationToken);
        }

        return await DecideAsync(id, validate: false, cancellationToken);
    }

    private async Task<IActionResult> DecideAsync(int id, bool validate, CancellationToken cancellationToken)
    {
        var view = await FindAsync(id, cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // The row lock makes a decision, another staff member's and the family's replacement take
        // turns; whoever comes second sees the document decided, replaced or deleted.
        var document = await db.SubmittedDocuments
            .FromSql($"""SELECT * FROM "SubmittedDocuments" WHERE "Id" = {id} FOR UPDATE""")
            .SingleOrDefaultAsync(cancellationToken);
        if (document is not { State: DocumentState.Provided })
        {
            TempData["Confirmation"] = "Ce document avait déjà été traité ou remplacé par la famille.";
            return RedirectToPage("/Documents/Index");
        }

        var family = await db.Families.Include(f => f.Site).SingleAsync(f => f.Id == document.FamilyId, cancellationToken);
        var now = clock.GetUtcNow();
        if (validate && Income.TryRead(view.Kind, ModelState, out var quotient, out var taxNotice) && (quotient is not null || taxNotice is not null))
        {
            document.Validate(User.RequiredStaffId(), now, quotient, taxNotice);
            db.Audit(User, now, family.SiteId, "document.income-confirmed", "Document", document.Id,
                $"Revenus de la famille {family.Identifier} confirmés à la validation de « {view.Requirement} ».",
                AuditLog.Diff(("Quotient familial", null, quotient), ("Revenu fiscal de référence", null, taxNotice?.ReferenceIncome),
                    ("Parts", null, taxNotice?.Shares)));
        }
        else if (validate)
        {
            document.Validate(User.RequiredStaffId(), now);
        }
        else
        {
            document.Refuse(User.RequiredStaffId(), Input.Reason.Trim(), now);
        }

        // Straight to the line: the student's tab for a student's document, the family's otherwise.
        var link = PublicUrl.For(
            this,
            portal.Value,
            document.StudentId is null ? "/Famille/Documents" : "/Eleves/Documents",
            new { area = "", id = document.StudentId }) + "#" + RequirementStatus.AnchorOf(document.RequirementId);
        var mail = new MailMessage(
            family.Guardian1.Email,
            validate ? "Document validé" : "Document refusé",
            $"Bonjour {family.Guardian1.FormalName},",
            validate
                ? [$"Le conservatoire a validé le document « {view.Requirement} »{view.ForStudent} (famille {family.Identifier})."]
                :
                [
                    $"Le conservatoire n'a pas pu valider le document « {view.Requirement} »{view.ForStudent} (famille {family.Identifier}).",
                    $"Motif : {document.RefusalReason}",
                    "Merci d'importer un nouveau fichier sur l'extranet, à la ligne de ce document.",
                ],
            family.Site!,
            validate ? null : new MailLink("Importer le document", link));
        db.Audit(User, now, family.SiteId, validate ? "document.validated" : "document.refused", "Document", document.Id, $"Document « {view.Requirement} »{view.ForStudent} de la famille {family.Identifier} {(validate ? "validé" : "refusé")}.", AuditLog.Diff(("État", "Fourni", validate ? "Validé" : "Refusé"), ("Motif du refus", null, document.RefusalReason)));
        db.Outbox.Add(mail.ToOutbox(now));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        TempData["Confirmation"] = validate
            ? $"Document validé ({family.Identifier}, {view.Requirement})."
            : $"Document refusé ({family.Identifier}, {view.Requirement}) ; la famille en est informée.";
        return RedirectToPage("/Documents/Index");
    }

    private Task<DocumentView?> FindAsync(int id, CancellationToken cancellationToken)
    {
        var sites = db.SitesOf(User.RequiredStaffId()).Select(s => s.Id);
        return db.SubmittedDocuments.AsNoTracking()
            .Where(d => d.Id == id && sites.Contains(d.Family!.SiteId))
            .Select(d => new DocumentView(
                d.Id,
                d.Family!.Identifier,
                d.Family.Site!.Name,
                d.Student == null ? null : d.Student.FirstName + " " + d.Student.LastName,
                d.Requirement!.Name,
                d.Requirement.Kind,
                d.File!.FileName,
                d.File.SizeBytes,
                d.UploadedAt,
                d.PageCount,
                d.InspectionHints,
                d.State,
                d.RefusalReason))
            .SingleOrDefaultAsync(cancellationToken);
    }

    public sealed record DocumentView(
        int Id,
        string Identifier,
        string Site,
        string? StudentName,
        string Requirement,
        DocumentKind Kind,
        string FileName,
        int SizeBytes,
        DateTimeOffset UploadedAt,
        int? PageCount,
        string? Hints,
        DocumentState State,
        string? RefusalReason)
    {
        public string ForStudent => StudentName is null ? "" : $" de {StudentName}";
    }
}
