using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace Reinscription.LaunchBench;

/// <summary>
/// A staff member's browser over plain HTTP to 127.0.0.1. The app marks its cookies Secure, which
/// HttpClient's cookie container would never send over HTTP, so this jar keeps and sends them itself.
/// </summary>
public sealed partial class StaffBrowser(Uri baseUri) : IDisposable
{
    private readonly HttpClient _client = new(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false })
    {
        BaseAddress = baseUri,
        Timeout = TimeSpan.FromMinutes(2),
    };

    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

    public async Task SignInAsync(string email, string password)
    {
        var page = await GetAsync("/Personnel/Connexion");
        var (status, _) = await PostAsync("/Personnel/Connexion", page.Body, new()
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        if (status != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Staff sign-in answered {(int)status}.");
        }
    }

    /// <summary>Opens the launch page and clicks "Lancer les réinscriptions"; returns how long the click took to answer.</summary>
    public async Task<TimeSpan> LaunchAsync(int siteId)
    {
        var url = $"/Admin/Lancement/{siteId}";
        var page = await GetAsync(url);
        var watch = Stopwatch.StartNew();
        var (status, _) = await PostAsync($"{url}?handler=Lancer", page.Body, new() { ["Input.LatestMailingId"] = "" });
        watch.Stop();
        if (status != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"The launch of site {siteId} answered {(int)status}.");
        }

        return watch.Elapsed;
    }

    public async Task<(HttpStatusCode Status, string Body, TimeSpan Elapsed)> GetAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        var watch = Stopwatch.StartNew();
        var (status, body) = await SendAsync(request);
        return (status, body, watch.Elapsed);
    }

    private async Task<(HttpStatusCode Status, string Body)> PostAsync(string path, string formPage, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = Token().Match(formPage).Groups[1].Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) };
        return await SendAsync(request);
    }

    private async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpRequestMessage request)
    {
        if (_cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        using var response = await _client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            foreach (var pair in setCookies.Select(c => c.Split(';', 2)[0].Split('=', 2)).Where(p => p.Length == 2))
            {
                _cookies[pair[0].Trim()] = pair[1].Trim();
            }
        }

        return (response.StatusCode, body);
    }

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
