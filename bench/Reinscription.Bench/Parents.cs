using System.Globalization;

namespace Reinscription.Bench;

public enum Outcome
{
    Accepted,
    RefusedFull,
    Failed,
}

/// <summary>What a parent does in a browser, request by request, with the answers a working app gives.</summary>
public static class Parents
{
    public const string LoginGet = "connexion (GET)";
    public const string LoginPost = "connexion (POST)";
    public const string Step4Get = "étape 4 (GET)";
    public const string Step4Post = "étape 4 (POST)";
    public const string RecapGet = "étape 5 (GET)";
    public const string Validate = "validation (POST étape 5)";
    public const string Baseline = "fortunes (référence)";

    public static async Task LoginAsync(Browser browser, int siteId, string identifier, CancellationToken cancellationToken)
    {
        var page = Expect(LoginGet, await browser.GetAsync(LoginGet, "/Connexion", cancellationToken), 200);
        var reply = await browser.PostAsync(LoginPost, "/Connexion",
        [
            new("Input.SiteId", siteId.ToString(CultureInfo.InvariantCulture)),
            new("Input.Identifier", identifier),
            new("Input.Password", BenchData.Password),
            new("__RequestVerificationToken", Html.Token(page.Body)),
        ], cancellationToken);
        Expect(LoginPost, reply, 302, "/Accueil");
    }

    /// <summary>
    /// Step 4 then validation, as a parent of the rush does it: a random slot among those offered; when the
    /// chosen slot fills between the page and the POST, the page says so and the parent picks again
    /// (three times at most). Refused (complet) when no slot is offered any more or validation finds it full.
    /// </summary>
    public static async Task<Outcome> ChooseAndValidateAsync(Browser browser, int studentId, Random random, CancellationToken cancellationToken)
    {
        var cours = CoursPath(studentId);
        var recap = RecapPath(studentId);
        var page = Expect(Step4Get, await browser.GetAsync(Step4Get, cours, cancellationToken), 200);
        var chosen = false;
        for (var attempt = 0; attempt < 3 && !chosen; attempt++)
        {
            var form = StepFourForm(page.Body, random);
            if (form is null)
            {
                return Outcome.RefusedFull;
            }

            var reply = await browser.PostAsync(Step4Post, cours, form, cancellationToken);
            if (reply.Status == 200 && reply.Body.Contains("complet", StringComparison.Ordinal))
            {
                page = reply;
                continue;
            }

            Expect(Step4Post, reply, 302, recap);
            chosen = true;
        }

        if (!chosen)
        {
            return Outcome.RefusedFull;
        }

        var summary = Expect(RecapGet, await browser.GetAsync(RecapGet, recap, cancellationToken), 200);
        return await ValidateAsync(browser, studentId, Html.Token(summary.Body), cancellationToken);
    }

    /// <summary>Posts "J'accepte" + "Valider": the confirmation, or back to step 4 when the slot is full.</summary>
    public static async Task<Outcome> ValidateAsync(Browser browser, int studentId, string token, CancellationToken cancellationToken)
    {
        var reply = await browser.PostAsync(Validate, RecapPath(studentId),
        [
            new("Input.AcceptsTerms", "true"),
            new("__RequestVerificationToken", token),
        ], cancellationToken);
        if (reply is { Status: 302 } && SamePath(reply.Location, FinalisationPath(studentId)))
        {
            return Outcome.Accepted;
        }

        Expect(Validate, reply, 302, CoursPath(studentId));
        return Outcome.RefusedFull;
    }

    /// <summary>The step 4 form with every line continued and a random offered slot; null when a line offers none.</summary>
    public static List<KeyValuePair<string, string>>? StepFourForm(string html, Random random)
    {
        var lines = Html.CourseLines(html);
        if (lines.Count == 0)
        {
            throw new BenchFailureException("step 4 shows no course line");
        }

        var form = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", Html.Token(html)) };
        foreach (var line in lines)
        {
            var prefix = $"Input.Lines[{line.Index.ToString(CultureInfo.InvariantCulture)}]";
            form.Add(new($"{prefix}.EnrollmentId", line.EnrollmentId.ToString(CultureInfo.InvariantCulture)));
            form.Add(new($"{prefix}.Continues", "true"));
            if (line.HasChoice)
            {
                if (line.Slots.Count == 0)
                {
                    return null;
                }

                form.Add(new($"{prefix}.ChosenCourseId", line.Slots[random.Next(line.Slots.Count)].ToString(CultureInfo.InvariantCulture)));
            }
        }

        return form;
    }

    public static Reply Expect(string kind, Reply reply, int status, string? location = null)
    {
        if (reply.Status != status || (location is not null && !SamePath(reply.Location, location)))
        {
            throw new BenchFailureException($"{kind}: expected {status.ToString(CultureInfo.InvariantCulture)} {location}, got {reply.Status.ToString(CultureInfo.InvariantCulture)} {reply.Location}");
        }

        return reply;
    }

    public static string CoursPath(int studentId) => $"/Reinscription/Cours/{studentId.ToString(CultureInfo.InvariantCulture)}";

    public static string RecapPath(int studentId) => $"/Reinscription/Recapitulatif/{studentId.ToString(CultureInfo.InvariantCulture)}";

    public static string FinalisationPath(int studentId) => $"/Reinscription/Finalisation/{studentId.ToString(CultureInfo.InvariantCulture)}";

    private static bool SamePath(string? location, string path) =>
        location is not null && string.Equals(location.Split('?')[0], path, StringComparison.OrdinalIgnoreCase);
}
