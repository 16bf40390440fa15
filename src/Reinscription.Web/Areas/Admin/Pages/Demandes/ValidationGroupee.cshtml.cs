using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Families;
using Reinscription.Web.Accounts;
using Reinscription.Web.Data;
using Reinscription.Web.Validation;

namespace Reinscription.Web.Areas.Admin.Pages.Demandes;

/// <summary>
/// Validates at once the submitted re-enrolments of a campaign whose documents are all validated. The
/// page shows how many and which before the click; the click goes ahead only if that number still holds,
/// so staff never validate a set other than the one they saw.
/// </summary>
public class ValidationGroupeeModel(ReinscriptionDbContext db, TimeProvider clock, IValidator<BulkValidationInput> validator) : PageModel
{
    [BindProperty]
    public BulkValidationInput Input { get; set; } = new();

    public CampaignScope Campaign { get; private set; } = null!;

    public IReadOnlyList<ReadyLine> Ready { get; private set; } = [];

    public string? Changed { get; private set; }

    public async Task<IActionResult> OnGetAsync(int campagne, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(campagne, cancellationToken))
        {
            return NotFound();
        }

        Input.Count = Ready.Count;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int campagne, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(campagne, cancellationToken))
        {
            return NotFound();
        }

        var validation = await validator.ValidateAsync(Input, cancellationToken);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation);
            return Page();
        }

        if (Ready.Count != Input.Count)
        {
            Changed = $"Entre-temps, le nombre de demandes prêtes est passé de {Input.Count} à {Ready.Count} : vérifiez la liste puis validez à nouveau.";
            ModelState.Clear();
            Input.Count = Ready.Count;
            return Page();
        }

        var validated = await new RequestValidation(db, User, clock.GetUtcNow()).ValidateAsync([.. Ready.Select(r => r.Id)], cancellationToken);
        TempData["Confirmation"] = $"{validated} demande(s) validée(s) ; chaque famille en est informée par e-mail.";
        return RedirectToPage("/Demandes/Index", new { campagne });
    }

    private async Task<bool> LoadAsync(int campaignId, CancellationToken cancellationToken)
    {
        if (await CampaignScope.FindAsync(db, User.RequiredStaffId(), campaignId, cancellationToken) is not { } campaign)
        {
            return false;
        }

        Campaign = campaign;
        Ready = await RequestValidation.ReadyToValidate(db, campaign, clock.GetUtcNow())
            .OrderBy(r => r.Student!.LastName).ThenBy(r => r.Student!.FirstName).ThenBy(r => r.Id)
            .Select(r => new ReadyLine(
                r.Id, Student.FullNameOf(r.Student!.LastName, r.Student.FirstName), r.Student.Family!.Identifier, r.SubmittedAt!.Value))
            .ToListAsync(cancellationToken);
        return true;
    }

    public sealed record ReadyLine(int Id, string StudentName, string FamilyIdentifier, DateTimeOffset SubmittedAt);
}
