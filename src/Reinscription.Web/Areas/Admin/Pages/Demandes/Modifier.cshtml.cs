using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Reinscription.Web.Accounts;
using Reinscription.Web.Audit;
using Reinscription.Web.Data;
using Reinscription.Web.Seats;
using Reinscription.Web.Validation;

namespace Reinscription.Web.Areas.Admin.Pages.Demandes;

/// <summary>
/// Staff change a sent request's seats: move a line to another slot of its discipline (the new seat taken and the
/// old one given back in one transaction, refused with a message when the slot is full), assign or take back the
/// courses the conservatory decides within their capacity, seeing the family's instrument wishes in order.
/// Each change is e-mailed to both guardians and audited; a freed seat goes to the waiting list.
/// </summary>
public class ModifierModel(
    ReinscriptionDbContext db,
    RequestSeats seats,
    IValidator<MoveInput> moveValidator,
    IValidator<AssignInput> assignValidator,
    IOptions<PortalOptions> portal) : PageModel
{
    [BindProperty]
    public MoveInput Move { get; set; } = new();

    [BindProperty]
    public AssignInput Assign { get; set; } = new();

    public ModifierView View { get; private set; } = null!;

    [TempData]
    public string? Confirmation { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostDeplacerAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        ModelState.AddErrors(await moveValidator.ValidateAsync(Move, cancellationToken), nameof(Move));
        var line = View.Slots.SingleOrDefault(l => l.ChoiceId == Move.ChoiceId);
        if (ModelState.IsValid && line?.Alternatives.Any(o => o.CourseId == Move.CourseId) != true)
        {
            ModelState.AddModelError($"{nameof(Move)}.{nameof(MoveInput.CourseId)}", "Choisissez un autre horaire de la même discipline, parmi ceux proposés.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = await seats.MoveAsync(id, Move.ChoiceId, Move.CourseId!.Value, AuditActor.Of(User), Links, cancellationToken);
        return await AfterAsync(id, outcome, $"{nameof(Move)}.{nameof(MoveInput.CourseId)}", cancellationToken);
    }

    public async Task<IActionResult> OnPostAttribuerAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        ModelState.AddErrors(await assignValidator.ValidateAsync(Assign, cancellationToken), nameof(Assign));
        if (ModelState.IsValid && (View.Assignable.All(o => o.CourseId != Assign.CourseId)
                                   || (Assign.ChoiceId is { } choiceId && View.Awaiting.All(l => l.ChoiceId != choiceId))))
        {
            ModelState.AddModelError($"{nameof(Assign)}.{nameof(AssignInput.CourseId)}", "Choisissez un cours attribué par le conservatoire, parmi ceux proposés.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = await seats.AssignAsync(id, Assign.CourseId!.Value, Assign.ChoiceId, AuditActor.Of(User), cancellationToken);
        return await AfterAsync(id, outcome, $"{nameof(Assign)}.{nameof(AssignInput.CourseId)}", cancellationToken);
    }

    public async Task<IActionResult> OnPostRetirerAsync(int id, int choiceId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (View.Assigned.All(l => l.ChoiceId != choiceId))
        {
            return NotFound();
        }

        var outcome = await seats.UnassignAsync(id, choiceId, AuditActor.Of(User), Links, cancellationToken);
        return await AfterAsync(id, outcome, string.Empty, cancellationToken);
    }

    private OfferLinks Links => new(PublicUrl.BaseOf(this, portal.Value));

    /// <summary>Post/Redirect/Get when done; when refused (a full slot), the page again with the message by the field.</summary>
    private async Task<IActionResult> AfterAsync(int id, SeatOutcome outcome, string field, CancellationToken cancellationToken)
    {
        if (outcome.Succeeded)
        {
            Confirmation = outcome.Message;
            return RedirectToPage(new { id });
        }

        ModelState.AddModelError(field, outcome.Message);
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await ModifierView.LoadAsync(db, User.RequiredStaffId(), id, cancellationToken) is not { } view)
        {
            return false;
        }

        View = view;
        return true;
    }
}
