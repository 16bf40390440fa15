using Reinscription.Domain.Sites;

namespace Reinscription.Web.Documents;

/// <summary>What <see cref="FileInspector"/> decided: <see cref="FileRefused"/> or <see cref="FileAccepted"/>.</summary>
public abstract record InspectionResult;

/// <summary>The file cannot be kept; <paramref name="Message"/> tells the family, in French, what to do.</summary>
public sealed record FileRefused(string Message) : InspectionResult;

/// <param name="Format">Decided from the content, never from the name.</param>
/// <param name="ContentType">The type to store and to serve the file with.</param>
/// <param name="FileName">The cleaned name, its extension matching <paramref name="Format"/>.</param>
/// <param name="PageCount">Pages of a PDF; null for an image.</param>
/// <param name="Warnings">Shown to the family: the file is kept, but may not be what staff need.</param>
/// <param name="Hints">For staff only, e.g. "QF 712 ; daté du 23/06/2026 ; plus de 3 mois"; null when nothing was read.</param>
public sealed record FileAccepted(
    UploadFormats Format,
    string ContentType,
    string FileName,
    int? PageCount,
    IReadOnlyList<string> Warnings,
    string? Hints) : InspectionResult;
