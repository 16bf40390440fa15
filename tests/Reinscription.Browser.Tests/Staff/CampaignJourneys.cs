using System.Globalization;
using Microsoft.Playwright;
using Reinscription.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Reinscription.Browser.Tests.Staff;

public sealed class CampaignJourneys(BrowserFixture app) : BrowserTest(app)
{
    [Theory, BothWidths]
    public async Task A_secretary_opens_a_late_administrative_round_after_the_main_campaign(Width width)
    {
        var secretary = await OpenAsync(width);
        await secretary.SignInStaffAsync();
        await secretary.FromMenuAsync("Campagnes", "campagnes");
        await Expect(secretary.Page.Locator("#campagnes tbody tr")).ToHaveCountAsync(1);

        await secretary.ClickAsync(secretary.Link("Nouvelle campagne"), "nouvelle-campagne");
        await secretary.Field("Site *").SelectOptionAsync(new SelectOptionValue { Label = "Meudon" });
        // The demo's campaign closes in four months: this round opens after it, for the same year.
        var opening = DateTime.UtcNow.Date.AddMonths(5);
        await secretary.Field("Ouverture *").FillAsync(Local(opening.AddHours(9)));
        await secretary.Field("Clôture *").FillAsync(Local(opening.AddDays(-1)));
        await secretary.Field("Date limite de dépôt des pièces *").FillAsync(Local(opening.AddDays(30)));
        await secretary.Page.GetByRole(AriaRole.Radio, new() { Name = "Administrative" }).CheckAsync();
        await secretary.ClickAsync(secretary.Button("Créer la campagne"), "cloture-avant-ouverture");
        await secretary.ExpectErrorsAsync((secretary.Field("Clôture *"), "La clôture doit venir après l'ouverture."));
        await Expect(secretary.Page.GetByRole(AriaRole.Radio, new() { Name = "Administrative" })).ToBeCheckedAsync();

        await secretary.Field("Clôture *").FillAsync(Local(opening.AddDays(21).AddHours(12)));
        await secretary.ClickAsync(secretary.Button("Créer la campagne"), "campagne-creee");
        await Expect(secretary.Page.Locator("#confirmation")).ToContainTextAsync("est créée : elle ouvre le");
        var created = secretary.Page.Locator("#campagnes tbody tr").Filter(new() { HasText = "Administrative" });
        await Expect(created).ToContainTextAsync("Meudon");

        await secretary.ClickAsync(created.GetByRole(AriaRole.Link), "campagne-modifier");
        await Expect(secretary.Field("Ouverture *")).ToHaveValueAsync(Local(opening.AddHours(9)));
    }

    private static string Local(DateTime parisTime) => parisTime.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
}
