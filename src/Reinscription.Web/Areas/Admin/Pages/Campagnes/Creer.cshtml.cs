using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Courses;
using Reinscription.Domain.Sites;
using Reinscription.Web.Accounts;
using Reinscription.Web.Audit;
using Reinscription.Web.Data;
using Reinscription.Web.Validation;

namespace Reinscription.Web.Areas.Admin.Pages.Campagnes;

/// <summary>A new campaign for one of the staff member's sites and a coming school year.</summary>
public class CreerModel(ReinscriptionDbContext db, TimeProvider clock, IValidator<NewCampaignInput> validator) : PageModel
{
    [BindProperty]
    public NewCampaignInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Sites { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Years { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? siteId, CancellationToken cancellationToken)
    {
        if (siteId is { } id && await db.SiteOfAsync(User.RequiredStaffId(), id, cancellationToken) is null)
        {
            return NotFound();
        }

        Input.SiteId = siteId ?? 0;
        Input.TargetStartYear = await db.CurrentStartYearAsync(clock.GetUtcNow(), cancellationToken) + 1;
        Input.ShowTexts(CampaignTexts.Default);
        await ChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(Input, cancellationToken);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation);
            await ChoicesAsync(cancellationToken);
            return Page();
        }

        var site = await db.SiteOfAsync(User.RequiredStaffId(), Input.SiteId, cancellationToken);
        if (site is null)
        {
            return NotFound();
        }

        var campaign = new ReenrollmentCampaign(
            site.Id,
            await db.SchoolYearIdAsync(Input.TargetStartYear, cancellationToken),
            Input.OpensInstant,
            Input.ClosesInstant,
            Input.DeadlineInstant,
            Input.Mode);
        campaign.Rewrite(Input.Texts);
        db.Campaigns.Add(campaign);
        var year = SchoolYear.LabelOf(Input.TargetStartYear);
        try
        {
            await db.SaveNewAsync(
                () => db.Audit(
                    User, clock.GetUtcNow(), site.Id, "campaign.created", CampaignAudit.RecordType, campaign.Id,
                    $"Campagne {CampaignAudit.ModeLabel(campaign.Mode)} de {site.Name} pour {year} créée.",
                    CampaignAudit.Diff([.. CampaignAudit.Fields(campaign).Select(f => (f.Field, (object?)null))], CampaignAudit.Fields(campaign))),
                cancellationToken);
        }
        catch (DbUpdateException overlap) when (CampaignAudit.IsOverlap(overlap))
        {
            ModelState.AddModelError("Input.OpensAt", await CampaignAudit.OverlapMessageAsync(db, campaign, cancellationToken));
            await ChoicesAsync(cancellationToken);
            return Page();
        }

        TempData["Confirmation"] = $"La campagne de {site.Name} pour {year} est créée : elle ouvre le {ParisTime.Format(campaign.OpensAt)}.";
        return RedirectToPage("/Campagnes/Index");
    }

    private async Task ChoicesAsync(CancellationToken cancellationToken)
    {
        Sites = await db.StaffSiteChoicesAsync(User.RequiredStaffId(), Input.SiteId, cancellationToken);
        var current = await db.CurrentStartYearAsync(clock.GetUtcNow(), cancellationToken);
        Years = [.. new[] { current, current + 1, current + 2 }.Append(Input.TargetStartYear).Where(y => y >= 2000).Distinct().Order()
            .Select(y => new SelectListItem(SchoolYear.LabelOf(y), y.ToString(CultureInfo.InvariantCulture), y == Input.TargetStartYear))];
    }
}
