using Microsoft.AspNetCore.Mvc;
using Reinscription.Web.Data;

namespace Reinscription.Web.Pages.ReenrollmentWizard;

/// <summary>
/// Step 3: the supporting documents the family and the student owe for next year. The step may be
/// skipped: documents are accepted until the campaign's documents deadline.
/// </summary>
public class DocumentsModel(ReinscriptionDbContext db, TimeProvider clock) : WizardStepModel(db, clock)
{
    public override int StepNumber => 3;

    public IReadOnlyList<RequirementStatus> FamilyDocuments { get; private set; } = [];

    public IReadOnlyList<RequirementStatus> StudentDocuments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await EnterAsync(id, cancellationToken) is { } elsewhere)
        {
            return elsewhere;
        }

        var family = Wizard.Student.Family!;
        FamilyDocuments = await Db.RequirementStatusesAsync(family, Wizard.Campaign!.TargetSchoolYearId, null, cancellationToken);
        StudentDocuments = await Db.RequirementStatusesAsync(family, Wizard.Campaign.TargetSchoolYearId, id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken) =>
        await EnterAsync(id, cancellationToken) ?? await SaveAndGoOnAsync(cancellationToken);
}
