using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Reinscription.Bench;

/// <summary>
/// What a parent reads on the pages: the antiforgery token, step 4's lines and offered slots, and any
/// step's form as the browser would send it. Regular expressions over the known markup rather than a DOM
/// parser, so that the load generator, which shares the two cores with the app, spends as little CPU as it can.
/// </summary>
public static partial class Html
{
    public static string Token(string html)
    {
        var match = TokenPattern().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new BenchFailureException("no antiforgery token in the page");
    }

    /// <summary>Step 4's lines: the enrolment each continues and the slots still offered for it (none when all are full).</summary>
    public static IReadOnlyList<CourseLine> CourseLines(string html)
    {
        var lines = new List<CourseLine>();
        foreach (Match enrollment in EnrollmentPattern().Matches(html))
        {
            var index = enrollment.Groups[1].Value;
            var slots = new List<int>();
            var select = Regex.Match(html, $"<select[^>]*name=\"Input\\.Lines\\[{index}\\]\\.ChosenCourseId\"[^>]*>(.*?)</select>", RegexOptions.Singleline, TimeSpan.FromSeconds(1));
            if (select.Success)
            {
                foreach (Match option in OptionPattern().Matches(select.Groups[1].Value))
                {
                    slots.Add(int.Parse(option.Groups[1].Value, CultureInfo.InvariantCulture));
                }
            }

            lines.Add(new CourseLine(int.Parse(index, CultureInfo.InvariantCulture), int.Parse(enrollment.Groups[2].Value, CultureInfo.InvariantCulture), select.Success, slots));
        }

        return lines;
    }

    /// <summary>
    /// The fields of the page's POST form whose markup contains <paramref name="marker"/>, as a browser submits
    /// them untouched: text and hidden values as shown, checked boxes, the checked radio of each group (else
    /// its first, as a parent answering a question), the selected option of each list (else its first with a value).
    /// </summary>
    public static List<KeyValuePair<string, string>> FormFields(string html, string marker)
    {
        var form = FormPattern().Matches(html).Select(m => m.Groups[1].Value).FirstOrDefault(f => f.Contains(marker, StringComparison.Ordinal))
                   ?? throw new BenchFailureException($"no form with '{marker}' in the page");
        var fields = new List<KeyValuePair<string, string>>();
        var radios = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (Match input in InputPattern().Matches(form))
        {
            var attributes = Attributes(input.Groups[1].Value);
            if (!attributes.TryGetValue("name", out var name) || attributes.ContainsKey("disabled"))
            {
                continue;
            }

            var type = attributes.GetValueOrDefault("type", "text").ToLowerInvariant();
            var value = attributes.GetValueOrDefault("value", type is "checkbox" or "radio" ? "on" : "");
            switch (type)
            {
                case "submit" or "button" or "file" or "image" or "reset":
                    break;
                case "checkbox":
                    if (attributes.ContainsKey("checked"))
                    {
                        fields.Add(new(name, value));
                    }

                    break;
                case "radio":
                    if (attributes.ContainsKey("checked"))
                    {
                        radios[name] = value;
                    }
                    else
                    {
                        radios.TryAdd(name, value);
                    }

                    break;
                default:
                    fields.Add(new(name, value));
                    break;
            }
        }

        fields.AddRange(radios.Where(r => r.Value is not null).Select(r => new KeyValuePair<string, string>(r.Key, r.Value!)));
        foreach (Match select in SelectPattern().Matches(form))
        {
            var attributes = Attributes(select.Groups[1].Value);
            if (!attributes.TryGetValue("name", out var name))
            {
                continue;
            }

            var options = OptionTagPattern().Matches(select.Groups[2].Value).Select(o => Attributes(o.Groups[1].Value)).ToList();
            var chosen = options.FirstOrDefault(o => o.ContainsKey("selected")) ?? options.FirstOrDefault(o => o.GetValueOrDefault("value", "").Length > 0);
            if (chosen is not null)
            {
                fields.Add(new(name, chosen.GetValueOrDefault("value", "")));
            }
        }

        foreach (Match area in TextAreaPattern().Matches(form))
        {
            if (Attributes(area.Groups[1].Value).TryGetValue("name", out var name))
            {
                fields.Add(new(name, WebUtility.HtmlDecode(area.Groups[2].Value).TrimStart('\n')));
            }
        }

        return fields;
    }

    /// <summary>The page's validation messages, to say why the app refused a form.</summary>
    public static string Errors(string html)
    {
        var messages = ErrorPattern().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value).Trim()).Where(m => m.Length > 0).Take(3);
        return string.Join(" | ", messages);
    }

    private static Dictionary<string, string> Attributes(string tag)
    {
        var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match attribute in AttributePattern().Matches(tag))
        {
            attributes[attribute.Groups[1].Value] = attribute.Groups[3].Success ? WebUtility.HtmlDecode(attribute.Groups[3].Value) : "";
        }

        return attributes;
    }

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("name=\"Input\\.Lines\\[(\\d+)\\]\\.EnrollmentId\" value=\"(\\d+)\"")]
    private static partial Regex EnrollmentPattern();

    [GeneratedRegex("<option value=\"(\\d+)\"")]
    private static partial Regex OptionPattern();

    [GeneratedRegex("<form\\b[^>]*method=\"post\"[^>]*>(.*?)</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FormPattern();

    [GeneratedRegex("<input\\b([^>]*)>", RegexOptions.Singleline)]
    private static partial Regex InputPattern();

    [GeneratedRegex("<select\\b([^>]*)>(.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex SelectPattern();

    [GeneratedRegex("<option\\b([^>]*)>", RegexOptions.Singleline)]
    private static partial Regex OptionTagPattern();

    [GeneratedRegex("<textarea\\b([^>]*)>(.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex TextAreaPattern();

    [GeneratedRegex("([a-zA-Z_:][-a-zA-Z0-9_:.]*)(=\"([^\"]*)\")?")]
    private static partial Regex AttributePattern();

    [GeneratedRegex("class=\"(?:text-danger|field-validation-error|validation-summary-errors)[^\"]*\"[^>]*>(?:<ul><li>)?([^<]+)<")]
    private static partial Regex ErrorPattern();
}

public sealed record CourseLine(int Index, int EnrollmentId, bool HasChoice, IReadOnlyList<int> Slots);
