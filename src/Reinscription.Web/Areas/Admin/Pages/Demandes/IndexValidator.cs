using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Reinscription.Domain.Campaigns;

namespace Reinscription.Web.Areas.Admin.Pages.Demandes;

public enum RequestSort
{
    Name,
    SubmittedAt,
    Stage,
}

/// <summary>The list's GET form: French names in the address, so that a filtered list can be bookmarked and read.</summary>
public sealed class RequestFilter
{
    public const int MaxSearchLength = 100;

    [FromQuery(Name = "campagne")]
    public int? CampaignId { get; set; }

    [FromQuery(Name = "statut")]
    public RequestStage? Stage { get; set; }

    [FromQuery(Name = "discipline")]
    public int? DisciplineId { get; set; }

    [FromQuery(Name = "cours")]
    public int? CourseId { get; set; }

    [FromQuery(Name = "manquantes")]
    public bool MissingDocuments { get; set; }

    [FromQuery(Name = "voeux")]
    public bool HasWishes { get; set; }

    [FromQuery(Name = "recherche")]
    public string? Search { get; set; }

    [FromQuery(Name = "tri")]
    public RequestSort Sort { get; set; }

    /// <summary>"p", not "page": Razor Pages keeps the "page" route value for the page's own path.</summary>
    [FromQuery(Name = "p")]
    public int Page { get; set; } = 1;

    /// <summary>The query string of this filter at another page (or with another status), for links.</summary>
    public Dictionary<string, string> RouteValues(int? page = null, RequestStage? stage = null, bool keepStage = true)
    {
        var values = new Dictionary<string, string>();
        void Add(string key, object? value)
        {
            if (value is not null && (value is not bool flag || flag))
            {
                values[key] = value is bool ? "true" : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!;
            }
        }

        Add("campagne", CampaignId);
        Add("statut", keepStage ? Stage : stage);
        Add("discipline", DisciplineId);
        Add("cours", CourseId);
        Add("manquantes", MissingDocuments);
        Add("voeux", HasWishes);
        Add("recherche", string.IsNullOrWhiteSpace(Search) ? null : Search.Trim());
        Add("tri", Sort == RequestSort.Name ? null : Sort);
        Add("p", (page ?? Page) == 1 ? null : page ?? Page);
        return values;
    }
}

public sealed class RequestFilterValidator : AbstractValidator<RequestFilter>
{
    public RequestFilterValidator()
    {
        RuleFor(f => f.Search)
            .MaximumLength(RequestFilter.MaxSearchLength)
            .WithMessage($"La recherche ne peut dépasser {RequestFilter.MaxSearchLength} caractères.");
        RuleFor(f => f.Page)
            .GreaterThanOrEqualTo(1).WithMessage("La page commence à 1.");
    }
}
