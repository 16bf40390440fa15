using System.Globalization;

namespace Reinscription.Web.Documents;

/// <summary>One "Pièces à fournir" table with its upload forms, as _PiecesTable shows it.</summary>
/// <param name="StudentId">Null for the family's own lines.</param>
/// <param name="Period">Whether uploads are still open, and until when.</param>
/// <param name="Rules">"La taille maximale autorisée… formats acceptés…", from the site's settings.</param>
public sealed record PiecesTable(
    string Caption,
    string Id,
    IReadOnlyList<RequirementStatus> Lines,
    int? StudentId,
    DocumentsPeriod Period,
    string Rules)
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string RulesOf(Domain.Sites.Site site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var megabytes = (site.MaxUploadBytes / (1024m * 1024m)).ToString("0.#", French);
        return $"La taille maximale autorisée pour chaque pièce justificative est fixée à {megabytes} Mo. " +
               $"Formats acceptés : {FileInspector.Describe(site.AcceptedUploadFormats)}. " +
               "Les accents et caractères spéciaux du nom du fichier sont acceptés.";
    }
}
