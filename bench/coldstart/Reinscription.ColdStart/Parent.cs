using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Reinscription.ColdStart;

/// <summary>
/// A signed-in parent's browser: its own cookie jar, kept by hand because the session cookie is Secure and
/// HttpClient would never send it over the plain HTTP of a loopback run. Sessions live in PostgreSQL and the
/// keys too, so the cookie signed in on the first process is still valid on the restarted one.
/// </summary>
public sealed partial class Parent(HttpClient client, Student student)
{
    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

    public Student Student { get; } = student;

    public async Task SignInAsync(Uri app)
    {
        var (_, page) = await SendAsync(HttpMethod.Get, new Uri(app, "Connexion"), null);
        var token = TokenPattern().Match(page).Groups[1].Value;
        var (status, _) = await SendAsync(HttpMethod.Post, new Uri(app, "Connexion"), new FormUrlEncodedContent(
        [
            new("Input.SiteId", Student.SiteId.ToString(CultureInfo.InvariantCulture)),
            new("Input.Identifier", Student.FamilyIdentifier),
            new("Input.Password", DemoFamilies.Password),
            new("__RequestVerificationToken", token),
        ]));
        if (status != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"{Student.FamilyIdentifier} could not sign in ({(int)status}).");
        }
    }

    public async Task<HttpStatusCode> GetAsync(Uri url) => (await SendAsync(HttpMethod.Get, url, null)).Status;

    private async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpMethod method, Uri url, HttpContent? content)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        // As nginx says it: the browser's connection was HTTPS (the app trusts a proxy on loopback).
        request.Headers.Add("X-Forwarded-Proto", "https");
        if (_cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            foreach (var setCookie in setCookies)
            {
                var pair = setCookie.Split(';', 2)[0];
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                _cookies[pair[..equals]] = pair[(equals + 1)..];
            }
        }

        return (response.StatusCode, body);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
