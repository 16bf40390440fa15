using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Reinscription.Domain.Campaigns;
using Reinscription.Web.Accounts;
using Reinscription.Web.Audit;
using Reinscription.Web.Data;
using Reinscription.Web.Seats;

namespace Reinscription.Web.Pages.ReenrollmentWizard;

/// <summary>
/// A seat offered from a waiting list, where the e-mail's link leads after login: the slot, the deadline in
/// Paris time, "Accepter" (the seat is taken through the one seat mechanism) or "Refuser" (it goes to the next
/// family). Only the family whose student waits sees it; any other id answers 404.
/// </summary>
public class OffreModel(ReinscriptionDbContext db, FamilySeats seats, TimeProvider clock, IOptions<PortalOptions> portal) : PageModel
{
    public OfferView Offer { get; private set; } = null!;

    public bool IsOpen { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } offer)
        {
            return NotFound();
        }

        Offer = offer;
        IsOpen = offer.Status == WaitlistStatus.Offered && clock.GetUtcNow() < offer.ExpiresAt;
        return Page();
    }

    public Task<IActionResult> OnPostAccepterAsync(int id, CancellationToken cancellationToken) =>
        AnswerAsync(id, accept: true, cancellationToken);

    public Task<IActionResult> OnPostRefuserAsync(int id, CancellationToken cancellationToken) =>
        AnswerAsync(id, accept: false, cancellationToken);

    private async Task<IActionResult> AnswerAsync(int id, bool accept, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } offer)
        {
            return NotFound();
        }

        var links = new OfferLinks(PublicUrl.BaseOf(this, portal.Value));
        var outcome = accept
            ? await seats.AcceptOfferAsync(id, AuditActor.Of(User), links, cancellationToken)
            : await seats.DeclineOfferAsync(id, AuditActor.Of(User), links, cancellationToken);
        TempData[nameof(IndexModel.Message)] = outcome.Message;
        return RedirectToPage("/Reinscription/Index", new { id = offer.StudentId });
    }

    private Task<OfferView?> FindAsync(int id, CancellationToken cancellationToken)
    {
        var familyId = User.RequiredFamilyId();
        return db.WaitlistEntries.AsNoTracking()
            .Where(e => e.Id == id && e.Request!.Student!.FamilyId == familyId)
            .Select(e => new OfferView(
                e.Request!.StudentId,
                e.Request.Student!.LastName,
                e.Request.Student.FirstName,
                e.Course!,
                e.Status,
                e.OfferExpiresAt))
            .SingleOrDefaultAsync(cancellationToken);
    }

    public sealed record OfferView(
        int StudentId,
        string LastName,
        string FirstName,
        Domain.Courses.Course Course,
        WaitlistStatus Status,
        DateTimeOffset? ExpiresAt)
    {
        public string StudentName => Domain.Families.Student.FullNameOf(LastName, FirstName);
    }
}
