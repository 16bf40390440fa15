using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reinscription.Domain.Campaigns;
using Reinscription.Web.Accounts;
using Reinscription.Web.Data;

namespace Reinscription.Web.Pages.ReenrollmentWizard;

/// <summary>Step 6: the request is sent; says so and where the acknowledgement went.</summary>
public class FinalisationModel(ReinscriptionDbContext db, TimeProvider clock) : PageModel
{
    public Wizard Wizard { get; private set; } = null!;

    public int StepNumber => 6;

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
        return Page();
    }
}
