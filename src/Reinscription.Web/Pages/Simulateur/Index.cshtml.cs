using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Billing;
using Reinscription.Domain.Tariffs;
using Reinscription.Web.Billing;
using Reinscription.Web.Data;
using Reinscription.Web.Validation;

namespace Reinscription.Web.Pages.Simulateur;

/// <summary>
/// "Simulateur de tarif", public: a GET form, so it needs no session, no cookie and no antiforgery
/// token, and a result can be bookmarked. The amounts come from <see cref="FeeQuote"/>, as the invoices do.
/// </summary>
public class IndexModel(ReinscriptionDbContext db, IValidator<SimulationInput> validator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public SimulationInput Input { get; set; } = new();

    public IReadOnlyList<(int YearId, string Label)> Years { get; private set; } = [];

    public TariffGrid? Grid { get; private set; }

    public FeeQuote? Quote { get; private set; }

    public string? BracketText { get; private set; }

    public IReadOnlyList<decimal> Instalments { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Input.PadChildren();
        Years = (await db.TariffGrids.AsNoTracking()
                .OrderByDescending(g => g.SchoolYear!.StartYear)
                .Select(g => new { g.SchoolYearId, g.SchoolYear!.StartYear })
                .ToListAsync(cancellationToken))
            .Select(y => (y.SchoolYearId, $"{y.StartYear}-{y.StartYear + 1}"))
            .ToList();
        if (Years.Count == 0)
        {
            return;
        }

        var yearId = Years.Any(y => y.YearId == Input.YearId) ? Input.YearId!.Value : Years[0].YearId;
        Input.YearId = yearId;
        Grid = await db.GridOfYearAsync(yearId, cancellationToken);
        if (Request.Query.Count == 0 || Grid is null || Grid.Brackets.Count == 0)
        {
            return;
        }

        var validation = await validator.ValidateAsync(Input, cancellationToken);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation);
            return;
        }

        var quotient = Input.QuotientValue ?? (SimulationInput.ParseNumber(Input.ReferenceIncome) is { } income
            ? TaxNoticeFigures.Quotient(income, SimulationInput.ParseNumber(Input.Shares)!.Value)
            : null);
        List<Enrolee> children = [.. Input.Children
            .Select((child, i) => (child, i))
            .Where(c => c.child.Categories.Count > 0)
            .Select(c => new Enrolee(
                c.child.Name.Trim().Length > 0 ? c.child.Name.Trim() : $"Enfant {c.i + 1}",
                c.child.Categories,
                c.child.RentsInstrument ? "" : null))];
        Quote = FeeQuote.Compute(Grid, quotient, Input.IsResident, children);
        var bracket = Quote.Bracket;
        BracketText = quotient is { } qf
            ? $"Quotient familial {FrenchNumbers.Whole(qf)} : tranche {bracket.Number} ({bracket.RangeLabel})."
            : $"Sans quotient familial, la tranche plafond s'applique : tranche {bracket.Number}.";
        Instalments = Invoice.Split(Quote.Total, SepaSchedule.Instalments);
    }
}
