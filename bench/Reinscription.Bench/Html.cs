using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Reinscription.Bench;

/// <summary>
/// What a parent reads on the pages: the antiforgery token and step 4's lines and offered slots. Regular
/// expressions over the known markup rather than a DOM parser, so that the load generator, which shares
/// the two cores with the app, spends as little CPU as it can.
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

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("name=\"Input\\.Lines\\[(\\d+)\\]\\.EnrollmentId\" value=\"(\\d+)\"")]
    private static partial Regex EnrollmentPattern();

    [GeneratedRegex("<option value=\"(\\d+)\"")]
    private static partial Regex OptionPattern();
}

public sealed record CourseLine(int Index, int EnrollmentId, bool HasChoice, IReadOnlyList<int> Slots);
