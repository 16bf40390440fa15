using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Families;
using Reinscription.Web.Accounts;
using Reinscription.Web.Audit;
using Reinscription.Web.Data;
using Reinscription.Web.Pages.Eleves;
using Reinscription.Web.Validation;

namespace Reinscription.Web.Areas.Admin.Pages.Familles;

/// <summary>"Ajouter un élève" to a family of the staff member's sites; audited with every field it was created with.</summary>
public class NouvelEleveModel(
    ReinscriptionDbContext db,
    IValidator<StudentIdentityInput> validator,
    TimeProvider clock) : PageModel
{
    [BindProperty]
    public StudentIdentityInput Input { get; set; } = new();

    public string Identifier { get; private set; } = "";

    public string GuardianContact { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var family = await FindAsync(id, cancellationToken);
        if (family is null)
        {
            return NotFound();
        }

        Show(family);
        Input = new StudentIdentityInput { LastName = family.Guardian1.LastName, UsesGuardianContact = true };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var family = await FindAsync(id, cancellationToken);
        if (family is null)
        {
            return NotFound();
        }

        Show(family);
        var validation = await validator.ValidateAsync(Input, cancellationToken);
        validation.Errors.RemoveAll(f => ModelState.TryGetValue($"Input.{f.PropertyName}", out var entry) && entry.Errors.Count > 0);
        if (!validation.IsValid || !ModelState.IsValid)
        {
            ModelState.AddErrors(validation);
            return Page();
        }

        var details = Input.ToDetails();
        var student = new Student(details.LastName, details.FirstName, details.BirthDate, details.Civility);
        details.ApplyTo(student);
        family.AddStudent(student);

        // The audit line names the student's id: saved first, in the same transaction as its line.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        db.Audit(User, clock.GetUtcNow(), family.SiteId, "student.created", "Élève", student.Id,
            $"Élève {student.FullName} ajouté à la famille {family.Identifier} par le secrétariat.",
            FamilyAudit.Created(FamilyAudit.FieldsOf(student)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        TempData["Confirmation"] = $"{student.FirstName} est ajouté(e) à la famille.";
        return RedirectToPage("/Familles/Fiche", null, new { id }, "eleves");
    }

    private Task<Family?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.FamiliesOfStaff(User.RequiredStaffId()).SingleOrDefaultAsync(f => f.Id == id, cancellationToken);

    private void Show(Family family)
    {
        Identifier = family.Identifier;
        GuardianContact = $"{family.Guardian1.Address}, {family.Guardian1.PostalCode} {family.Guardian1.Town}";
    }
}
