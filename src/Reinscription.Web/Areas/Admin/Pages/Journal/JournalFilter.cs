using FluentValidation;

namespace Reinscription.Web.Areas.Admin.Pages.Journal;

/// <summary>The journal's search form (GET): a site, and optionally a record, a person and a date range.</summary>
public sealed class JournalFilter
{
    public int? Site { get; set; }

    public string? RecordType { get; set; }

    public string? RecordId { get; set; }

    /// <summary>Part of a family identifier, a staff member's e-mail or name.</summary>
    public string? Person { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public int Page { get; set; } = 1;
}

public sealed class JournalFilterValidator : AbstractValidator<JournalFilter>
{
    public JournalFilterValidator()
    {
        RuleFor(f => f.RecordId).MaximumLength(64).WithMessage("Le numéro d'enregistrement ne peut dépasser 64 caractères.");
        RuleFor(f => f.Person).MaximumLength(100).WithMessage("Saisissez au plus 100 caractères.");
        RuleFor(f => f.To).GreaterThanOrEqualTo(f => f.From).When(f => f.From is not null && f.To is not null)
            .WithMessage("La date de fin ne peut précéder la date de début.");
        RuleFor(f => f.Page).GreaterThanOrEqualTo(1).WithMessage("Page inconnue.");
    }
}
