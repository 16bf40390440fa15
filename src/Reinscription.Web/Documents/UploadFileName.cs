using System.Text;

namespace Reinscription.Web.Documents;

/// <summary>
/// The name an upload is shown and downloaded under. The browser's name is only a suggestion: it
/// may carry a path, accents or characters that break a download header, and none of that is a
/// reason to refuse a family's file.
/// </summary>
public static class UploadFileName
{
    public const int MaxLength = 100;

    private const string Fallback = "document";

    // Beyond this an "extension" is more likely part of the name ("rapport.version-finale").
    private const int MaxExtensionLength = 5;

    /// <summary>Idempotent: cleaning a cleaned name gives it back unchanged.</summary>
    public static string Clean(string? browserName)
    {
        var (stem, extension) = Split(browserName);
        return Compose(stem, extension);
    }

    /// <summary>
    /// The cleaned name with an extension that tells the truth about the content: the name's own
    /// when it is one of <paramref name="extensions"/>, otherwise the first of them.
    /// </summary>
    public static string Clean(string? browserName, params ReadOnlySpan<string> extensions)
    {
        var (stem, extension) = Split(browserName);
        return Compose(stem, extensions.Contains(extension) ? extension : extensions[0]);
    }

    private static (string Stem, string Extension) Split(string? browserName)
    {
        var name = Diacritics.Remove(LastPathSegment(browserName ?? ""));
        var dot = name.LastIndexOf('.');
        var extension = dot < 0 ? "" : Safe(name[(dot + 1)..]).Trim('.', '-', '_').ToLowerInvariant();
        return extension.Length is 0 or > MaxExtensionLength
            ? (Safe(name), "")
            : (Safe(name[..dot]), extension);
    }

    private static string Compose(string stem, string extension)
    {
        var suffix = extension.Length == 0 ? "" : "." + extension;
        stem = stem.Trim('.', '-', '_');
        if (stem.Length > MaxLength - suffix.Length)
        {
            stem = stem[..(MaxLength - suffix.Length)].TrimEnd('.', '-', '_');
        }

        return (stem.Length == 0 ? Fallback : stem) + suffix;
    }

    // A drive letter ("C:") or a path in either convention never reaches the stored name.
    private static string LastPathSegment(string name) =>
        name[(name.LastIndexOfAny(['/', '\\', ':']) + 1)..];

    /// <summary>Only [A-Za-z0-9._-]; any run of other characters (or dashes) becomes one dash.</summary>
    private static string Safe(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var kept = char.IsAsciiLetterOrDigit(c) || c is '.' or '_' ? c : '-';
            var previous = builder.Length == 0 ? '\0' : builder[^1];
            if ((kept is '-' or '.') && previous is '-' or '.')
            {
                // "a - b" and "a..b" both read as one separator; a dash wins over a dot because a
                // dot in the middle of a name would be taken for an extension.
                builder[^1] = kept == '-' || previous == '-' ? '-' : '.';
                continue;
            }

            builder.Append(kept);
        }

        return builder.ToString();
    }
}
