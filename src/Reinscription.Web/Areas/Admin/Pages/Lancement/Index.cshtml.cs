using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Reinscription.Web.Accounts;
using Reinscription.Web.Data;
using Reinscription.Web.Launch;
using Reinscription.Web.Validation;

namespace Reinscription.Web.Areas.Admin.Pages.Lancement;

/// <summary>
/// "Lancement des réinscriptions": one click e-mails every family of the site its identifier and a
/// link to choose its password; "Relancer" mails again those that have not started.
/// </summary>
public class IndexModel(
    ReinscriptionDbContext db,
    LaunchMailer mailer,
    IValidator<LaunchInput> validator,
    IOptions<PortalOptions> portal,
    TimeProvider clock) : PageModel
{
    [BindProperty]
    public LaunchInput Input { get; set; } = new();

    public LaunchView View { get; private set; } = null!;

    [TempData]
    public string? Confirmation { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }

        Input.LatestMailingId = View.LatestMailingId;
        return Page();
    }

    public Task<IActionResult> OnPostLancerAsync(int id, CancellationToken cancellationToken) =>
        SendAsync(id, LaunchMailingKind.Launch, cancellationToken);

    public Task<IActionResult> OnPostRelancerAsync(int id, CancellationToken cancellationToken) =>
        SendAsync(id, LaunchMailingKind.Reminder, cancellationToken);

    private async Task<IActionResult> SendAsync(int id, LaunchMailingKind kind, CancellationToken cancellationToken)
    {
        // Only the site and its campaign: the page's counts are not needed to click, and a launch of
        // thousands of families should spend its time queueing them.
        if (await LaunchView.TargetAsync(db, User.RequiredStaffId(), id, clock.GetUtcNow(), cancellationToken) is not { } target)
        {
            return NotFound();
        }

        if (target.Campaign is not { } campaign)
        {
            return RedirectToPage(new { id });
        }

        var validation = await validator.ValidateAsync(Input, cancellationToken);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation);
            await LoadAsync(id, cancellationToken);
            return Page();
        }

        var linkBase = PublicUrl.For(this, portal.Value, "/Connexion/Bienvenue", new { area = "" }) + "?jeton=";
        var outcome = await mailer.SendAsync(target.Site, campaign, kind, Input.LatestMailingId, linkBase, User, cancellationToken);
        Confirmation = outcome.Kind switch
        {
            LaunchOutcomeKind.Sent when outcome.Count == 0 => "Aucune famille à relancer : toutes ont commencé.",
            LaunchOutcomeKind.Sent => $"{outcome.Count} e-mails sont en file d'envoi ; ils partent au rythme du serveur de messagerie.",
            LaunchOutcomeKind.Stale => "Un autre envoi vient d'être fait pour cette campagne : voici où il en est. Rien n'a été envoyé deux fois.",
            _ => "Cet envoi n'est pas possible : la campagne est close, ou le lancement a déjà eu lieu.",
        };
        return RedirectToPage(new { id });
    }

    private async Task<LaunchView?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var view = await LaunchView.LoadAsync(db, User.RequiredStaffId(), id, clock.GetUtcNow(), cancellationToken);
        if (view is not null)
        {
            View = view;
        }

        return view;
    }
}
