using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Web.Accounts;
using Reinscription.Web.Data;
using Reinscription.Web.Seats;

namespace Reinscription.Web.Pages.ReenrollmentWizard;

/// <summary>Step 6: the request is sent; says so, where the acknowledgement went, and the family's place in each waiting list.</summary>
public class FinalisationModel(ReinscriptionDbContext db, TimeProvider clock) : PageModel
{
    public Wizard Wizard { get; private set; } = null!;

    public int StepNumber => 6;

    /// <summary>"FM 2.2 (32) - MERCREDI - 14.00 à 15.30 — 2e position sur la liste d'attente", one per slot waited for.</summary>
    public IReadOnlyList<string> Waitlists { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var wizard = await Wizard.LoadAsync(db, User.RequiredFamilyId(), id, clock.GetUtcNow(), cancellationToken);
        if (wizard is null)
        {
            return NotFound();
        }

        if (wizard.Request is not { Wish: ReenrollmentWish.Reenrol, IsEditable: false })
        {
            return RedirectToPage("/Reinscription/Index", new { id });
        }

        Wizard = wizard;
        if (wizard.Request.Choices.Any(c => c.WaitlistCourseId is not null))
        {
            var places = await db.WaitlistPlacesAsync(wizard.Request.Id, cancellationToken);
            var ids = places.Select(p => p.CourseId).ToList();
            var courses = await db.Courses.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
            Waitlists = [.. places.Select(p => $"{courses[p.CourseId].SlotLabel} — {p.StateText}")];
        }

        return Page();
    }
}
