using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Sites;
using Reinscription.Web.Accounts;
using Reinscription.Web.Audit;
using Reinscription.Web.Data;
using Reinscription.Web.Email;
using Reinscription.Web.Seats;

namespace Reinscription.Web.Pages.ReenrollmentWizard;

/// <summary>
/// The student's Réinscription tab: when the campaign opens or closes, the choice to re-enrol or not,
/// and, once sent or closed, the request as it stands, read-only, with its places in waiting lists; a
/// request sent and not yet decided may be given up, which frees its seats.
/// </summary>
public class IndexModel(ReinscriptionDbContext db, TimeProvider clock, FamilySeats seats, IOptions<PortalOptions> portal) : PageModel
{
    public Wizard Wizard { get; private set; } = null!;

    public RequestSummary? Summary { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var wizard = await Wizard.LoadAsync(db, User.RequiredFamilyId(), id, clock.GetUtcNow(), cancellationToken);
        if (wizard is null)
        {
            return NotFound();
        }

        Wizard = wizard;
        if (wizard.CanEdit)
        {
            return RedirectToPage(Wizard.PageOfStep(wizard.Request!.CurrentStep), new { id });
        }

        if (wizard.Request is { Wish: ReenrollmentWish.Reenrol } request)
        {
            Summary = await RequestSummary.LoadAsync(db, wizard, request, cancellationToken);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostReinscrireAsync(int id, CancellationToken cancellationToken)
    {
        var wizard = await OpenRequestAsync(id, cancellationToken);
        if (wizard is null)
        {
            return NotFound();
        }

        if (wizard.Request is { IsEditable: true } request)
        {
            request.ChooseToReenrol();
            db.Audit(User, wizard.Now, wizard.Student.Family!.SiteId, "request.reenrol", "Élève", id, $"Réinscription de {wizard.StudentName} pour {wizard.Campaign!.TargetSchoolYear!.Label} : la famille souhaite le réinscrire (demande n° {request.Id}).", AuditLog.Diff(("Souhait", "Sans réponse", "Réinscrire")));
            await db.SaveChangesAsync(cancellationToken);
            return RedirectToPage(Wizard.PageOfStep(request.CurrentStep), new { id });
        }

        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostNePasReinscrireAsync(int id, CancellationToken cancellationToken)
    {
        var wizard = await OpenRequestAsync(id, cancellationToken);
        if (wizard is null)
        {
            return NotFound();
        }

        if (wizard.Request is { IsEditable: true } request)
        {
            request.DeclineReenrolment(wizard.Now);
            var family = wizard.Student.Family!;
            db.Outbox.Add(new MailMessage(
                family.Guardian1.Email,
                $"Non-réinscription de {wizard.Student.FirstName} enregistrée",
                $"Bonjour {family.Guardian1.FormalName},",
                [
                    $"Vous avez indiqué que {wizard.StudentName} ne sera pas réinscrit(e) au {family.Site!.ConservatoryName} " +
                    $"pour l'année {wizard.Campaign!.TargetSchoolYear!.Label}.",
                    "Si c'est une erreur, contactez le secrétariat du conservatoire.",
                ],
                family.Site).ToOutbox(wizard.Now));
            db.Audit(User, wizard.Now, family.SiteId, "request.declined", "Élève", id, $"Non-réinscription de {wizard.StudentName} pour {wizard.Campaign!.TargetSchoolYear!.Label} transmise par la famille (demande n° {request.Id}).", AuditLog.Diff(("Souhait", "Sans réponse", "Ne pas réinscrire")));
            await db.SaveChangesAsync(cancellationToken);
            Message = "Votre décision est enregistrée. Un accusé de réception vous a été envoyé par e-mail.";
        }

        return RedirectToPage(new { id });
    }

    /// <summary>The family gives up a re-enrolment it sent, while the conservatory has not decided: its seats go to others.</summary>
    public async Task<IActionResult> OnPostRenoncerAsync(int id, CancellationToken cancellationToken)
    {
        var wizard = await Wizard.LoadAsync(db, User.RequiredFamilyId(), id, clock.GetUtcNow(), cancellationToken);
        if (wizard is null)
        {
            return NotFound();
        }

        if (wizard.Request is { AwaitsDecision: true } request)
        {
            var links = new OfferLinks(PublicUrl.BaseOf(this, portal.Value));
            Message = (await seats.WithdrawAsync(request.Id, AuditActor.Of(User), links, cancellationToken)).Message;
        }

        return RedirectToPage(new { id });
    }

    /// <summary>
    /// Loads the wizard and makes sure the request row exists. The insert is decided by PostgreSQL
    /// (ON CONFLICT on the one-request-per-student index), so a double click creates one request.
    /// </summary>
    private async Task<Wizard?> OpenRequestAsync(int id, CancellationToken cancellationToken)
    {
        var wizard = await Wizard.LoadAsync(db, User.RequiredFamilyId(), id, clock.GetUtcNow(), cancellationToken);
        if (wizard is null || !wizard.IsOpen || wizard.Request is not null)
        {
            return wizard;
        }

        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "ReenrollmentRequests" ("CampaignId", "StudentId", "Wish", "CurrentStep", "Status")
            VALUES ({wizard.Campaign!.Id}, {id}, {nameof(ReenrollmentWish.Undecided)}, {ReenrollmentRequest.FirstStep}, {nameof(RequestStatus.Draft)})
            ON CONFLICT ("CampaignId", "StudentId") DO NOTHING
            """,
            cancellationToken);
        return await Wizard.LoadAsync(db, User.RequiredFamilyId(), id, wizard.Now, cancellationToken);
    }

    public string OpeningText => Wizard.Campaign is { } campaign
        ? $"Les réinscriptions pour {campaign.TargetSchoolYear!.Label} ouvriront le {ParisTime.Format(campaign.OpensAt)}."
        : "";

    public string ClosingText => Wizard.Campaign is { } campaign
        ? $"Les réinscriptions pour {campaign.TargetSchoolYear!.Label} sont closes depuis le {ParisTime.Format(campaign.ClosesAt)}."
        : "";
}
