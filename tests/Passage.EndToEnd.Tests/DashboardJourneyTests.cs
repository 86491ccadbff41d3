using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Passage.Core.Accounts;
using Passage.Core.Demo;
using Passage.Core.Movements;
using Passage.Core.Storage;
using static Passage.EndToEnd.Tests.Journey;

namespace Passage.EndToEnd.Tests;

/// <summary>The dashboard in a real browser with its scripts off: each chart drawn as SVG, each beside a table of its figures.</summary>
/// <remarks>The demo operation fills the registry, so that residents have departed and both charts have something to draw.</remarks>
public sealed class DashboardJourneyTests
{
    private const string ViewerName = "golnar.viewer@example.org";

    [Fact]
    public async Task Dashboard_ViewerWithoutScripts_SeesTheChartsAndTheirTables()
    {
        using var site = new PassageSite();
        await site.StartAsync(persons: 4);
        await DemoOperation.SeedAsync(site.Services, 400, CancellationToken.None);
        var departed = await DepartedAsync(site);
        await site.AddUserAsync(new NewUser(ViewerName, "Golnar Viewer", PassageSite.OfficerPassword, [Roles.Viewer]));
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { JavaScriptEnabled = false });
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                refused.Add(message.Text);
            }
        };

        await SignInAsync(page, site, ViewerName);
        await page.GotoAsync($"{site.Address}/Dashboard");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Residents remaining in the camp" }));
        var chart = page.Locator("section.chart-section figure.chart svg").First;
        await Expect(chart);
        (await chart.BoundingBoxAsync())!.Width.ShouldBeGreaterThan(100);
        var table = page.GetByRole(AriaRole.Table, new() { Name = "Residents at the end of each week" });
        await Expect(table);
        (await table.GetByRole(AriaRole.Row).CountAsync()).ShouldBe(28, "a header and 27 weeks");

        // Each chart has its table beside it; the departures table adds up to everyone who departed.
        var sections = page.Locator("section.chart-section");
        (await sections.CountAsync()).ShouldBe(2);
        for (var i = 0; i < 2; i++)
        {
            var section = sections.Nth(i);
            (await section.Locator("figure.chart svg").BoundingBoxAsync())!.Height.ShouldBeGreaterThan(100);
            (await section.Locator("figure.chart svg path, figure.chart svg rect").CountAsync()).ShouldBeGreaterThan(1);
            (await section.GetByRole(AriaRole.Table).GetByRole(AriaRole.Row).CountAsync()).ShouldBeGreaterThan(1);
        }

        var departures = page.GetByRole(AriaRole.Table, new() { Name = "Persons departed per month, by receiving country" });
        var totals = await departures.Locator("tbody tr td:last-child").AllInnerTextsAsync();
        totals.Sum(t => int.Parse(t, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(departed);
        departed.ShouldBeGreaterThan(0);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "When the camp empties at current rates" }));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Cases at each stage" }));
        refused.ShouldBeEmpty();
    }

    private static async Task<int> DepartedAsync(PassageSite site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PassageDbContext>().Passengers
            .CountAsync(p => p.Status == PassengerStatus.Departed || p.Status == PassengerStatus.Arrived);
    }
}
