using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Changes;
using Reinscription.Domain.Families;
using Reinscription.Web.Accounts;
using Reinscription.Web.Changes;
using Reinscription.Web.Data;
using Reinscription.Web.Email;
using Reinscription.Web.Validation;

namespace Reinscription.Web.Pages.Famille;

/// <summary>
/// Famille › Identité: the two guardians. Saving never overwrites the record: each edited guardian
/// becomes a pending change that staff accept or reject, and the family sees its proposal meanwhile.
/// </summary>
public class IndexModel(
    ReinscriptionDbContext db,
    IValidator<FamilyIdentityInput> validator,
    TimeProvider clock) : PageModel
{
    [BindProperty]
    public FamilyIdentityInput Input { get; set; } = new();

    public string Identifier { get; private set; } = "";

    public bool Guardian1Pending { get; private set; }

    public bool Guardian2Pending { get; private set; }

    [TempData]
    public string? Confirmation { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var view = await LoadAsync(cancellationToken);
        Input = new FamilyIdentityInput
        {
            Guardian1 = GuardianInput.From(view.Guardian1Shown),
            Guardian2 = GuardianInput.From(view.Guardian2Shown),
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var view = await LoadAsync(cancellationToken);
        var validation = await validator.ValidateAsync(Input, cancellationToken);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation);
            return Page();
        }

        var family = view.Family;
        var now = clock.GetUtcNow();
        var changed1 = await db.ProposeChangeAsync(
            family.Id, null, ChangeSubject.Guardian1, GuardianDetails.From(family.Guardian1), Input.Guardian1.ToDetails(),
            Acknowledgement(family, "responsable légal 1"), now, cancellationToken);
        var changed2 = false;
        if (!Input.Guardian2.IsBlank)
        {
            var current2 = family.Guardian2 is null ? null : GuardianDetails.From(family.Guardian2);
            changed2 = await db.ProposeChangeAsync(
                family.Id, null, ChangeSubject.Guardian2, current2, Input.Guardian2.ToDetails(),
                Acknowledgement(family, "responsable légal 2"), now, cancellationToken);
        }

        Confirmation = changed1 || changed2
            ? "Éléments modifiés — Fiche en attente de validation. Un accusé de réception vous a été envoyé par e-mail."
            : "Aucune modification à enregistrer.";
        return RedirectToPage();
    }

    private async Task<IdentityView> LoadAsync(CancellationToken cancellationToken)
    {
        var familyId = User.RequiredFamilyId();
        var family = await db.Families.AsNoTracking().Include(f => f.Site)
            .SingleAsync(f => f.Id == familyId, cancellationToken);
        var guardian1 = await db.PendingProposalAsync<GuardianDetails>(familyId, ChangeSubject.Guardian1, null, cancellationToken);
        var guardian2 = await db.PendingProposalAsync<GuardianDetails>(familyId, ChangeSubject.Guardian2, null, cancellationToken);
        Identifier = family.Identifier;
        Guardian1Pending = guardian1 is not null;
        Guardian2Pending = guardian2 is not null;
        return new IdentityView(
            family,
            guardian1 ?? GuardianDetails.From(family.Guardian1),
            guardian2 ?? (family.Guardian2 is null ? null : GuardianDetails.From(family.Guardian2)));
    }

    private static MailMessage Acknowledgement(Family family, string whose) => new(
        family.Guardian1.Email,
        "Modification de vos coordonnées enregistrée",
        $"Bonjour {family.Guardian1.FormalName},",
        [
            $"Nous avons bien reçu la modification des coordonnées du {whose} de la famille {family.Identifier}.",
            "Elle sera appliquée dès que le conservatoire l'aura validée ; en attendant, vous la voyez sur l'extranet " +
            "avec la mention « Fiche en attente de validation ».",
        ],
        family.Site!);

    private sealed record IdentityView(Family Family, GuardianDetails Guardian1Shown, GuardianDetails? Guardian2Shown);
}
