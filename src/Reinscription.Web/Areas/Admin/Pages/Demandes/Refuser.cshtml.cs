using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Reinscription.Domain.Campaigns;
using Reinscription.Web.Accounts;
using Reinscription.Web.Audit;
using Reinscription.Web.Data;
using Reinscription.Web.Seats;
using Reinscription.Web.Validation;

namespace Reinscription.Web.Areas.Admin.Pages.Demandes;

/// <summary>
/// Refuses a submitted request with a reason: its seats are given back in the same transaction (and offered to
/// the waiting lists), both guardians are told by e-mail, the audit log keeps it.
/// </summary>
public class RefuserModel(
    ReinscriptionDbContext db,
    RequestSeats seats,
    IValidator<RefusalInput> validator,
    IOptions<PortalOptions> portal) : PageModel
{
    [BindProperty]
    public RefusalInput Input { get; set; } = new();

    public ReenrollmentRequest Reenrollment { get; private set; } = null!;

    /// <summary>The slots whose seats the request holds, as staff read them before refusing.</summary>
    public IReadOnlyList<string> Seats { get; private set; } = [];

    [TempData]
    public string? Confirmation { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var validation = await validator.ValidateAsync(Input, cancellationToken);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation);
            return Page();
        }

        var outcome = await seats.RefuseAsync(
            id, Input.Reason.Trim(), AuditActor.Of(User), new OfferLinks(PublicUrl.BaseOf(this, portal.Value)), cancellationToken);
        if (!outcome.Succeeded)
        {
            ModelState.AddModelError(string.Empty, outcome.Message);
            await LoadAsync(id, cancellationToken);
            return Page();
        }

        Confirmation = outcome.Message;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.RequestOnSitesOfAsync(User.RequiredStaffId(), id, cancellationToken) is not { } request)
        {
            return false;
        }

        Reenrollment = request;
        var held = request.Choices.Where(c => c.SeatTaken).Select(c => c.ChosenCourseId!.Value).ToList();
        Seats = [.. (await db.Courses.AsNoTracking().Where(c => held.Contains(c.Id)).OrderBy(c => c.Name).ToListAsync(cancellationToken))
            .Select(c => c.SlotLabel)];
        return true;
    }
}
