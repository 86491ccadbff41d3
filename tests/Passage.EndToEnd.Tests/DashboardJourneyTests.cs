using Microsoft.Playwright;
using Passage.Core.Accounts;
using static Passage.EndToEnd.Tests.Journey;

namespace Passage.EndToEnd.Tests;

/// <summary>The dashboard in a real browser with its scripts off: each chart drawn as SVG, each beside a table of its figures.</summary>
public sealed class DashboardJourneyTests
{
    private const string ViewerName = "golnar.viewer@example.org";

    [Fact]
    public async Task Dashboard_ViewerWithoutScripts_SeesTheChartsAndTheirTables()
    {
        using var site = new PassageSite();
        await site.StartAsync(persons: 4);
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
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "When the camp empties at current rates" }));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Cases at each stage" }));
        refused.ShouldBeEmpty();
    }
}
