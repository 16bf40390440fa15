using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Changes;
using Reinscription.Web.Accounts;
using Reinscription.Web.Audit;
using Reinscription.Web.Data;
using Reinscription.Web.Pages.Eleves;
using Reinscription.Web.Validation;

namespace Reinscription.Web.Areas.Admin.Pages.Familles;

/// <summary>Staff edit a student's record directly, with the family's own fields and rules; audited before → after.</summary>
public class EleveModel(
    ReinscriptionDbContext db,
    IValidator<StudentIdentityInput> validator,
    TimeProvider clock) : PageModel
{
    [BindProperty]
    public StudentIdentityInput Input { get; set; } = new();

    public int FamilyId { get; private set; }

    public string StudentName { get; private set; } = "";

    public string GuardianContact { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var student = await db.StudentsOfStaff(User.RequiredStaffId()).AsNoTracking().Include(s => s.Family)
            .SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (student is null)
        {
            return NotFound();
        }

        Show(student);
        Input = StudentIdentityInput.From(StudentDetails.From(student));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var student = await db.StudentsOfStaff(User.RequiredStaffId()).Include(s => s.Family)
            .SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (student is null)
        {
            return NotFound();
        }

        Show(student);
        var validation = await validator.ValidateAsync(Input, cancellationToken);

        // A value that could not even be read already says so; "required" would be misleading.
        validation.Errors.RemoveAll(f => ModelState.TryGetValue($"Input.{f.PropertyName}", out var entry) && entry.Errors.Count > 0);
        if (!validation.IsValid || !ModelState.IsValid)
        {
            ModelState.AddErrors(validation);
            return Page();
        }

        var before = FamilyAudit.FieldsOf(student);
        Input.ToDetails().ApplyTo(student);
        var changes = FamilyAudit.Diff(before, FamilyAudit.FieldsOf(student));
        if (changes.Count > 0)
        {
            db.Audit(User, clock.GetUtcNow(), student.Family!.SiteId, "student.edited", "Élève", student.Id,
                $"Fiche élève {student.FullName} (famille {student.Family.Identifier}) modifiée par le secrétariat.", changes);
            await db.SaveChangesAsync(cancellationToken);
        }

        TempData["Confirmation"] = changes.Count == 0
            ? "Aucune modification à enregistrer."
            : $"Fiche de {student.FirstName} enregistrée ({changes.Count} champ(s) modifié(s)).";
        return RedirectToPage("/Familles/Fiche", null, new { id = student.FamilyId }, "eleves");
    }

    private void Show(Domain.Families.Student student)
    {
        FamilyId = student.FamilyId;
        StudentName = student.FullName;
        var guardian = student.Family!.Guardian1;
        GuardianContact = $"{guardian.Address}, {guardian.PostalCode} {guardian.Town}";
    }
}
