using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Browser.Tests.Infrastructure;

/// <summary>
/// One person's browser tab through a journey. Every move that lands on a page goes through
/// <see cref="GoToAsync"/>, <see cref="ClickAsync"/>, <see cref="PressAsync"/> or <see cref="NavigateAsync"/>,
/// which check the page it lands on: zero axe violations of WCAG 2.1 A/AA, zero Nu Html Checker
/// errors in the markup the server sent, no horizontal overflow and no control beyond the window's
/// edge, every stylesheet loaded, no console error (a script that failed, a resource that did not
/// load, a Content-Security-Policy refusal), and a screenshot kept in .data/screenshots/. A page reached any other way fails the journey when it ends.
/// </summary>
public sealed class Journey : IAsyncDisposable
{
    private readonly BrowserFixture _app;
    private readonly IBrowserContext _context;
    private readonly string _screenshots;
    private readonly List<string> _consoleErrors = [];
    private readonly List<IResponse> _unchecked = [];

    // Playwright raises page events on its own thread, while the test reads the lists.
    private readonly Lock _events = new();
    private int _step;

    private Journey(BrowserFixture app, IBrowserContext context, IPage page, Width width, string screenshots)
    {
        _app = app;
        _context = context;
        Page = page;
        Width = width;
        _screenshots = screenshots;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (_events)
                {
                    _consoleErrors.Add(message.Text);
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (_events)
            {
                _consoleErrors.Add(error);
            }
        };
        page.Response += (_, response) =>
        {
            if (IsPage(response))
            {
                lock (_events)
                {
                    _unchecked.Add(response);
                }
            }
        };
    }

    public IPage Page { get; }

    public Width Width { get; }

    /// <summary>The mail catcher every e-mail of the app lands in.</summary>
    public MailCatcher Mail => _app.Mail;

    internal static async Task<Journey> StartAsync(BrowserFixture app, IBrowserContext context, Width width, string name)
    {
        var folder = Path.Combine(BrowserEnvironment.ScreenshotsDirectory, name, ((int)width).ToString(CultureInfo.InvariantCulture));
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        return new Journey(app, context, await context.NewPageAsync(), width, folder);
    }

    public Task GoToAsync(string path, string step) => NavigateAsync(() => Page.GotoAsync(path), step);

    public Task ClickAsync(ILocator target, string step) => NavigateAsync(() => target.ClickAsync(), step);

    public Task PressAsync(string key, string step) => NavigateAsync(() => Page.Keyboard.PressAsync(key), step);

    /// <summary>Does <paramref name="action"/>, waits for the page it leads to (after any redirect) and checks it.</summary>
    public async Task NavigateAsync(Func<Task> action, string step)
    {
        // The page being left is marked, so that the wait below cannot mistake it for the one
        // arriving (a form sent back to its own URL with its errors keeps the URL).
        await Page.EvaluateAsync("() => { window.leavingJourneyPage = true; }");
        var landing = Page.WaitForResponseAsync(IsPage);
        try
        {
            await action();
        }
        catch
        {
            // The action's own error (no such button...) says more than the wait's timeout.
            _ = landing.ContinueWith(wait => wait.Exception, TaskScheduler.Default);
            throw;
        }

        var response = await landing;
        await Page.WaitForFunctionAsync("() => !window.leavingJourneyPage && document.readyState === 'complete'");
        await CheckAsync(step, response);
    }

    /// <summary>Checks the page as it is now, e.g. after a change made by its own script; its markup was checked when it loaded.</summary>
    public Task CheckAsync(string step) => CheckAsync(step, null);

    // Link / button / field by accessible name: what a screen reader announces, so renaming one breaks the journey.
    public ILocator Link(string name) => Page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    public ILocator Button(string name) => Page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    public ILocator Field(string label) => Page.GetByLabel(label, new() { Exact = true });

    /// <summary>The main menu, the same for every page of a signed-in person.</summary>
    public ILocator Menu => Page.GetByRole(AriaRole.Navigation, new() { Name = "Navigation principale", Exact = true });

    /// <summary>The row of the first table row holding <paramref name="text"/>.</summary>
    public ILocator Row(string text) => Page.GetByRole(AriaRole.Row).Filter(new() { HasText = text });

    /// <summary>The refused form's errors: listed at the top with the focus on the list, each field invalid and described by its message.</summary>
    public async Task ExpectErrorsAsync(params (ILocator Field, string Message)[] errors)
    {
        var summary = Page.Locator("#erreurs");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        foreach (var (field, message) in errors)
        {
            await Assertions.Expect(summary.GetByRole(AriaRole.Link, new() { Name = message })).ToBeVisibleAsync();
            await Assertions.Expect(field).ToHaveAttributeAsync("aria-invalid", "true");
            // A field may keep its own help text in its description, before the error.
            await Assertions.Expect(field).ToHaveAccessibleDescriptionAsync(new Regex(Regex.Escape(message)));
        }
    }

    /// <summary>
    /// Presses Tab until <paramref name="target"/> has the focus, checking at every stop that the
    /// focused element shows it; fails when it is not reached within <paramref name="maxTabs"/>.
    /// </summary>
    public async Task TabToAsync(ILocator target, int maxTabs = 60)
    {
        var path = new List<string>();
        for (var i = 0; i < maxTabs; i++)
        {
            await Page.Keyboard.PressAsync("Tab");
            var problem = await PageChecks.FocusProblemAsync(Page);
            Assert.True(problem is null, $"{Page.Url} ({Width}): {problem}");
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement"))
            {
                return;
            }

            path.Add(await PageChecks.FocusedAsync(Page));
        }

        throw new Xunit.Sdk.XunitException(
            $"{Page.Url} ({Width}): {target} not reached in {maxTabs} presses of Tab; the focus went through {string.Join(", ", path)}");
    }

    public async ValueTask DisposeAsync()
    {
        List<string> missed;
        lock (_events)
        {
            missed = [.. _unchecked.Select(r => r.Url)];
        }

        await _context.DisposeAsync();
        Assert.True(missed.Count == 0, $"The journey showed pages it did not check: {string.Join(", ", missed)}");
    }

    private async Task CheckAsync(string step, IResponse? response)
    {
        _step++;
        var file = Path.Combine(_screenshots, string.Create(CultureInfo.InvariantCulture, $"{_step:00}-{step}.png"));
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });

        var problems = new List<string>();
        lock (_events)
        {
            problems.AddRange(_consoleErrors.Select(e => $"console error: {e}"));
            _consoleErrors.Clear();
            if (response is not null)
            {
                _unchecked.Remove(response);
                problems.AddRange(_unchecked.Select(r => $"shown without a check: {r.Url}"));
                _unchecked.Clear();
            }
        }

        if (response is not null)
        {
            problems.AddRange((await _app.Html.ErrorsInAsync(await response.TextAsync())).Select(e => $"vnu {e}"));
        }

        problems.AddRange(await PageChecks.EmptyStylesheetsAsync(Page));
        problems.AddRange(await PageChecks.HorizontalOverflowAsync(Page));
        problems.AddRange(await PageChecks.ControlsOutOfReachAsync(Page));
        problems.AddRange(await PageChecks.AxeViolationsAsync(Page));
        Assert.True(problems.Count == 0, $"Step {_step} «{step}» at {(int)Width} px, {Page.Url}:\n  {string.Join("\n  ", problems)}\n  screenshot: {file}");
    }

    private bool IsPage(IResponse response) =>
        response.Request.IsNavigationRequest && response.Frame == Page.MainFrame && response.Status is < 300 or >= 400;
}
