using System.Runtime.CompilerServices;

namespace Reinscription.Browser.Tests.Infrastructure;

/// <summary>
/// Base of the journeys: each test starts from the demo territory and an empty inbox, opens one
/// browser context per person, and closes them when it ends.
/// </summary>
[Collection(BrowserCollectionDefinition.Name)]
public abstract class BrowserTest(BrowserFixture app) : IAsyncLifetime
{
    private readonly List<Journey> _journeys = [];

    protected BrowserFixture App { get; } = app;

    public Task InitializeAsync() => App.ResetAsync();

    /// <summary>
    /// A new browser for one person at <paramref name="width"/>; its screenshots go to
    /// .data/screenshots/Class.Test[.who]/width/.
    /// </summary>
    protected async Task<Journey> OpenAsync(Width width, string? who = null, [CallerMemberName] string test = "")
    {
        var journey = await App.OpenJourneyAsync(width, $"{GetType().Name}.{test}{(who is null ? "" : "." + who)}");
        _journeys.Add(journey);
        return journey;
    }

    /// <summary>Closes every journey's browser context, then reports the pages a journey left unchecked.</summary>
    public async Task DisposeAsync()
    {
        var failures = new List<Exception>();
        foreach (var journey in _journeys)
        {
            try
            {
                await journey.DisposeAsync();
            }
            catch (Xunit.Sdk.XunitException e)
            {
                failures.Add(e);
            }
        }

        if (failures.Count > 0)
        {
            throw new AggregateException(failures);
        }
    }
}
