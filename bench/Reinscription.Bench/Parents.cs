using System.Diagnostics;
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
    public const string Home = "accueil (GET)";
    public const string TabGet = "onglet Réinscription (GET)";
    public const string Reenrol = "je souhaite réinscrire (POST)";
    public const string Step1Get = "étape 1 (GET)";
    public const string Step1Post = "étape 1 (POST)";
    public const string Step2Get = "étape 2 (GET)";
    public const string Step2Post = "étape 2 (POST)";
    public const string Step3Get = "étape 3 (GET)";
    public const string Step3Post = "étape 3 (POST)";
    public const string Step4Get = "étape 4 (GET)";
    public const string Step4Post = "étape 4 (POST)";
    public const string RecapGet = "étape 5 (GET)";
    public const string Validate = "validation (POST étape 5)";
    public const string FinalGet = "finalisation (GET)";
    public const string Baseline = "fortunes (référence)";

    /// <summary>The pages of the opening journey, in order, as the report lists them.</summary>
    public static readonly IReadOnlyList<string> JourneyPages =
        [TabGet, Reenrol, Step1Get, Step1Post, Step2Get, Step2Post, Step3Get, Step3Post, Step4Get, Step4Post, RecapGet, Validate, FinalGet];

    public static readonly IReadOnlyList<string> SignInPages = [LoginGet, LoginPost, Home];

    private const string NextStepButton = "Passer à l'étape suivante";

    /// <summary>
    /// Sign-in as a family does it: the form, the POST, the home page it lands on. A 503 (database restarting
    /// or overloaded) is waited out and the sign-in started again, as a person would; anything else unexpected throws.
    /// </summary>
    public static async Task LoginAsync(Browser browser, int siteId, string identifier, CancellationToken cancellationToken, long? due = null)
    {
        for (var attempt = 0; ; attempt++)
        {
            var retry = attempt < 30;
            var page = await browser.GetAsync(LoginGet, "/Connexion", cancellationToken, due);
            due = null;
            if (page.Status == 503 && retry)
            {
                await Task.Delay(Wait(page), cancellationToken);
                continue;
            }

            Expect(LoginGet, page, 200);
            var reply = await browser.PostAsync(LoginPost, "/Connexion",
            [
                new("Input.SiteId", siteId.ToString(CultureInfo.InvariantCulture)),
                new("Input.Identifier", identifier),
                new("Input.Password", BenchData.Password),
                new("__RequestVerificationToken", Html.Token(page.Body)),
            ], cancellationToken, page.Done);
            if (reply.Status == 503 && retry)
            {
                await Task.Delay(Wait(reply), cancellationToken);
                continue;
            }

            Expect(LoginPost, reply, 302, "/Accueil");
            var home = await browser.GetAsync(Home, "/Accueil", cancellationToken, reply.Done);
            while (home.Status == 503 && attempt++ < 30)
            {
                await Task.Delay(Wait(home), cancellationToken);
                home = await browser.GetAsync(Home, "/Accueil", cancellationToken);
            }

            Expect(Home, home, 200);
            return;
        }
    }

    /// <summary>
    /// The opening journey of a signed-in parent, from the Réinscription tab to Finalisation, driven by the page
    /// the app shows (so that after a failed or refused request the parent resumes from the tab, as a person
    /// reloading would). Each request is due when the previous answer arrived; the first when the parent
    /// arrives (<paramref name="due"/>). A POST is never re-sent blindly: after a 5xx or a broken connection
    /// the parent reloads the tab and does what it shows. 503 answers (database restarting) are waited out.
    /// </summary>
    public static async Task<Outcome> JourneyAsync(Browser browser, int studentId, Random random, long due, CancellationToken cancellationToken)
    {
        var tab = $"/Reinscription/{studentId.ToString(CultureInfo.InvariantCulture)}";
        var path = tab;
        var slotAttempts = 0;
        var failures = 0;
        // However slow the app, a family that has not finished in three minutes has given up.
        var unavailableUntil = Stopwatch.GetTimestamp() + (Stopwatch.Frequency * 180);
        Reply? posted = null;
        while (true)
        {
            if (failures > 5 || Stopwatch.GetTimestamp() > unavailableUntil)
            {
                return Outcome.Failed;
            }

            var getKind = KindOfGet(path);
            var page = await browser.GetAsync(getKind, path, cancellationToken, posted?.Done ?? due);
            posted = null;
            if (page.Status == 503)
            {
                await Task.Delay(Wait(page), cancellationToken);
                due = Stopwatch.GetTimestamp();
                continue;
            }

            if (page.Status == 302 && page.Location is not null)
            {
                // A step not yet reached or already passed sends the parent to its current step.
                path = PathOf(page.Location);
                due = page.Done;
                continue;
            }

            if (page.Status != 200)
            {
                failures++;
                browser.Recorder.Fail(Describe($"{getKind} {path}", page), page.Sent, page.Done, page.Status);
                path = tab;
                due = Stopwatch.GetTimestamp();
                continue;
            }

            var (postKind, form, finished) = Next(path, page.Body, random, ref slotAttempts);
            if (finished is { } outcome)
            {
                return outcome;
            }

            if (form is null)
            {
                failures++;
                browser.Recorder.Fail($"{getKind} {path}: the page offers nothing to do ({Html.Errors(page.Body)})", page.Sent, page.Done, page.Status);
                path = tab;
                due = Stopwatch.GetTimestamp();
                continue;
            }

            var postPath = postKind == Reenrol ? $"{tab}?handler=Reinscrire" : path;
            var reply = await browser.PostAsync(postKind!, postPath, form, cancellationToken, page.Done);
            switch (reply.Status)
            {
                case 302 when reply.Location is not null:
                    posted = reply;
                    path = PathOf(reply.Location);
                    break;
                case 200 when postKind == Step4Post && reply.Body.Contains("complet", StringComparison.Ordinal):
                    // The slot filled between the page and the POST: the page says so, the parent picks again.
                    posted = reply;
                    break;
                case 503:
                    await Task.Delay(Wait(reply), cancellationToken);
                    path = tab;
                    due = Stopwatch.GetTimestamp();
                    break;
                default:
                    failures++;
                    browser.Recorder.Fail(Describe($"{postKind} {postPath}", reply), reply.Sent, reply.Done, reply.Status);
                    path = tab;
                    due = Stopwatch.GetTimestamp();
                    break;
            }
        }
    }

    /// <summary>What the page asks for next: a form to post, or the end of the journey.</summary>
    private static (string? Kind, List<KeyValuePair<string, string>>? Form, Outcome? Finished) Next(string path, string body, Random random, ref int slotAttempts)
    {
        switch (Segment(path))
        {
            case "":
                if (body.Contains("a été transmise le", StringComparison.Ordinal))
                {
                    return (null, null, Outcome.Accepted);
                }

                return body.Contains("handler=Reinscrire", StringComparison.Ordinal)
                    ? (Reenrol, [new("__RequestVerificationToken", Html.Token(body))], null)
                    : (null, null, null);
            case "Coordonnees":
                return (Step1Post, Html.FormFields(body, NextStepButton), null);
            case "Autorisations":
                return (Step2Post, Html.FormFields(body, NextStepButton), null);
            case "Documents":
                return (Step3Post, Html.FormFields(body, NextStepButton), null);
            case "Cours":
                if (++slotAttempts > 4)
                {
                    return (null, null, Outcome.RefusedFull);
                }

                var form = StepFourForm(body, random);
                return form is null ? (null, null, Outcome.RefusedFull) : (Step4Post, form, null);
            case "Recapitulatif":
                return (Validate, [new("Input.AcceptsTerms", "true"), new("__RequestVerificationToken", Html.Token(body))], null);
            case "Finalisation":
                return (null, null, Outcome.Accepted);
            default:
                return (null, null, null);
        }
    }

    private static string KindOfGet(string path) => Segment(path) switch
    {
        "" => TabGet,
        "Coordonnees" => Step1Get,
        "Autorisations" => Step2Get,
        "Documents" => Step3Get,
        "Cours" => Step4Get,
        "Recapitulatif" => RecapGet,
        "Finalisation" => FinalGet,
        _ => $"GET {path}",
    };

    /// <summary>"Cours" for /Reinscription/Cours/12, "" for the tab /Reinscription/12.</summary>
    private static string Segment(string path)
    {
        var parts = path.Split('?')[0].Trim('/').Split('/');
        return parts.Length == 3 ? parts[1] : "";
    }

    private static string PathOf(string location) =>
        Uri.TryCreate(location, UriKind.Absolute, out var uri) ? uri.PathAndQuery : location;

    private static TimeSpan Wait(Reply reply) =>
        reply.RetryAfter is { } after && after < TimeSpan.FromSeconds(2) ? after : TimeSpan.FromSeconds(1);

    private static string Describe(string kind, Reply reply) =>
        reply.Error ?? $"{kind}: got {reply.Status.ToString(CultureInfo.InvariantCulture)} {reply.Location} {Html.Errors(reply.Body)}".TrimEnd();

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
            throw new BenchFailureException(Describe(kind, reply) + $" (expected {status.ToString(CultureInfo.InvariantCulture)} {location})");
        }

        return reply;
    }

    public static string CoursPath(int studentId) => $"/Reinscription/Cours/{studentId.ToString(CultureInfo.InvariantCulture)}";

    public static string RecapPath(int studentId) => $"/Reinscription/Recapitulatif/{studentId.ToString(CultureInfo.InvariantCulture)}";

    public static string FinalisationPath(int studentId) => $"/Reinscription/Finalisation/{studentId.ToString(CultureInfo.InvariantCulture)}";

    private static bool SamePath(string? location, string path) =>
        location is not null && string.Equals(PathOf(location).Split('?')[0], path, StringComparison.OrdinalIgnoreCase);
}
