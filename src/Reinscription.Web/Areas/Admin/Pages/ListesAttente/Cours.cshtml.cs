using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Courses;
using Reinscription.Domain.Families;
using Reinscription.Web.Accounts;
using Reinscription.Web.Audit;
using Reinscription.Web.Data;
using Reinscription.Web.Seats;
using Reinscription.Web.Validation;

namespace Reinscription.Web.Areas.Admin.Pages.ListesAttente;

/// <summary>
/// One slot's waiting list, in order: each family's state and offer deadline, moved up or down by staff; and
/// the slot's capacity, whose raise offers the seats freed to the first families at once.
/// </summary>
public class CoursModel(
    ReinscriptionDbContext db,
    CourseSeats seats,
    IValidator<CapacityInput> validator,
    IOptions<PortalOptions> portal) : PageModel
{
    [BindProperty]
    public CapacityInput Input { get; set; } = new();

    public Course Course { get; private set; } = null!;

    public IReadOnlyList<EntryLine> Entries { get; private set; } = [];

    [TempData]
    public string? Confirmation { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input.Capacity = Course.Capacity;
        return Page();
    }

    public async Task<IActionResult> OnPostCapaciteAsync(int id, CancellationToken cancellationToken)
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

        var outcome = await seats.ChangeCapacityAsync(
            id, Input.Capacity!.Value, AuditActor.Of(User), new OfferLinks(PublicUrl.BaseOf(this, portal.Value)), cancellationToken);
        if (!outcome.Succeeded)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(CapacityInput.Capacity)}", outcome.Message);
            return Page();
        }

        Confirmation = outcome.Message;
        return RedirectToPage(new { id });
    }

    public Task<IActionResult> OnPostMonterAsync(int id, int entryId, CancellationToken cancellationToken) =>
        MoveInLineAsync(id, entryId, -1, cancellationToken);

    public Task<IActionResult> OnPostDescendreAsync(int id, int entryId, CancellationToken cancellationToken) =>
        MoveInLineAsync(id, entryId, 1, cancellationToken);

    private async Task<IActionResult> MoveInLineAsync(int id, int entryId, int step, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Entries.All(e => e.Id != entryId))
        {
            return NotFound();
        }

        Confirmation = (await seats.MoveInLineAsync(entryId, step, AuditActor.Of(User), cancellationToken)).Message;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var sites = db.SitesOf(User.RequiredStaffId()).Select(s => s.Id);
        if (await db.Courses.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && sites.Contains(c.SiteId), cancellationToken) is not { } course)
        {
            return false;
        }

        Course = course;
        var entries = await db.WaitlistEntries.AsNoTracking()
            .Where(e => e.CourseId == id)
            .OrderBy(e => e.Position)
            .Select(e => new
            {
                e.Id,
                e.Request!.Student!.LastName,
                e.Request.Student.FirstName,
                e.Request.Student.Family!.Identifier,
                e.JoinedAt,
                e.Status,
                e.OfferExpiresAt,
                e.AnsweredAt,
            })
            .ToListAsync(cancellationToken);
        var rank = 0;
        Entries = [.. entries.Select(e => new EntryLine(
            e.Id,
            e.Status is WaitlistStatus.Waiting or WaitlistStatus.Offered ? ++rank : null,
            Student.FullNameOf(e.LastName, e.FirstName),
            e.Identifier,
            e.JoinedAt,
            e.Status,
            e.OfferExpiresAt,
            e.AnsweredAt))];
        return true;
    }

    public sealed record EntryLine(
        int Id,
        int? Rank,
        string StudentName,
        string FamilyIdentifier,
        DateTimeOffset JoinedAt,
        WaitlistStatus Status,
        DateTimeOffset? OfferExpiresAt,
        DateTimeOffset? AnsweredAt)
    {
        public string StateText => Status switch
        {
            WaitlistStatus.Waiting => "en attente",
            WaitlistStatus.Offered => "place proposée",
            WaitlistStatus.Accepted => "proposition acceptée",
            WaitlistStatus.Declined => "proposition refusée",
            WaitlistStatus.Expired => "proposition expirée",
            _ => "retiré de la liste",
        };
    }
}
