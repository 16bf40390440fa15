using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Sites;
using Reinscription.Web.Accounts;
using Reinscription.Web.Audit;
using Reinscription.Web.Data;
using Reinscription.Web.Validation;

namespace Reinscription.Web.Areas.Admin.Pages.Campagnes;

/// <summary>
/// A campaign's dates, mode and texts, and "Clore maintenant". Once open, a campaign keeps its
/// opening and its mode (the domain refuses), its closing and documents deadline may still move.
/// </summary>
public class ModifierModel(ReinscriptionDbContext db, TimeProvider clock, IValidator<CampaignInput> validator) : PageModel
{
    [BindProperty]
    public CampaignInput Input { get; set; } = new();

    public ReenrollmentCampaign Campaign { get; private set; } = null!;

    public CampaignPhase Phase { get; private set; }

    [TempData]
    public string? Confirmation { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await FindAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input.Show(Campaign);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await FindAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var validation = await validator.ValidateAsync(Input, cancellationToken);
        ModelState.AddErrors(validation);
        var before = CampaignAudit.Fields(Campaign);
        var now = clock.GetUtcNow();
        if (validation.IsValid)
        {
            Apply(() => Campaign.Reschedule(OpeningAsTyped(), Input.ClosesInstant, Input.DeadlineInstant, now), nameof(Input.OpensAt));
            Apply(() => Campaign.ChangeMode(Input.Mode, now), nameof(Input.Mode));
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Campaign.Rewrite(Input.Texts);
        var changes = CampaignAudit.Diff(before, CampaignAudit.Fields(Campaign));
        db.Audit(User, now, Campaign.SiteId, "campaign.updated", CampaignAudit.RecordType, Campaign.Id, $"Campagne {Describe()} modifiée.", changes);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException overlap) when (CampaignAudit.IsOverlap(overlap))
        {
            ModelState.AddModelError("Input.OpensAt", await CampaignAudit.OverlapMessageAsync(db, Campaign, cancellationToken));
            return Page();
        }

        Confirmation = changes.Count == 0 ? "Aucune modification." : "La campagne est enregistrée.";
        return RedirectToPage(new { id });
    }

    /// <summary>"Clore maintenant": the wizard turns read-only at once; documents stay accepted until the deadline.</summary>
    public async Task<IActionResult> OnPostCloreAsync(int id, CancellationToken cancellationToken)
    {
        if (!await FindAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var now = clock.GetUtcNow();
        if (Campaign.PhaseAt(now) != CampaignPhase.Open)
        {
            Confirmation = "Cette campagne n'est pas ouverte : il n'y a rien à clore.";
            return RedirectToPage(new { id });
        }

        var closedAt = ParisTime.Format(Campaign.ClosesAt);
        Campaign.CloseEarly(now);
        db.Audit(
            User, now, Campaign.SiteId, "campaign.closed", CampaignAudit.RecordType, Campaign.Id, $"Campagne {Describe()} close avant la date prévue.",
            new AuditChange("Clôture", closedAt, ParisTime.Format(Campaign.ClosesAt)));
        await db.SaveChangesAsync(cancellationToken);
        Confirmation = $"La campagne est close depuis le {ParisTime.Format(Campaign.ClosesAt)} : les familles ne peuvent plus modifier leurs demandes.";
        return RedirectToPage(new { id });
    }

    public bool Opened => Campaign.HasOpenedAt(clock.GetUtcNow());

    private string Describe() => $"de {Campaign.Site!.Name} pour {Campaign.TargetSchoolYear!.Label}";

    /// <summary>
    /// The form shows minutes: an opening stored with seconds (set by a data fix or an import) comes
    /// back without them, which is the same opening, not a change the domain should refuse.
    /// </summary>
    private DateTimeOffset OpeningAsTyped()
    {
        var stored = ParisTime.ToLocal(Campaign.OpensAt);
        return Input.OpensAt == stored.AddTicks(-(stored.Ticks % TimeSpan.TicksPerMinute)) ? Campaign.OpensAt : Input.OpensInstant;
    }

    private void Apply(Action change, string field)
    {
        try
        {
            change();
        }
        catch (InvalidOperationException refused)
        {
            ModelState.AddModelError($"Input.{field}", refused.Message);
        }
    }

    private async Task<bool> FindAsync(int id, CancellationToken cancellationToken)
    {
        var campaign = await db.CampaignsOf(User.RequiredStaffId())
            .Include(c => c.Site).Include(c => c.TargetSchoolYear)
            .SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (campaign is null)
        {
            return false;
        }

        Campaign = campaign;
        Phase = campaign.PhaseAt(clock.GetUtcNow());
        return true;
    }
}
