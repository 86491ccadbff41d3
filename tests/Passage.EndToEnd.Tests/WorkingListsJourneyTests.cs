using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Passage.Core.Cases;
using Passage.Core.Storage;

using static Passage.EndToEnd.Tests.Journey;

namespace Passage.EndToEnd.Tests;

/// <summary>An officer works from lists in a real browser: lands on their start page, finds and sorts cases, narrows the referral queue.</summary>
public sealed class WorkingListsJourneyTests
{
    [Fact]
    public async Task Officer_FindsSortsAndFiltersTheWorkingLists()
    {
        using var site = new PassageSite();
        await site.StartAsync(persons: 30);
        await PutTwoCasesInTheQueueAsync(site);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });

        // The start page is the registry, where a case number typed in the search box opens the case.
        await SignInAsync(page, site, PassageSite.OfficerName);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Registry" }));
        await page.GetByLabel("Registration number, case number or name").FillAsync("c-000002");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Case C-000002" }));

        // Families only, then sorted by size both ways by the column heading.
        await NavigateAsync(page, "Cases");
        await page.GetByLabel("Size").SelectOptionAsync(new SelectOptionValue { Value = "Family" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Persons" }).ClickAsync();
        await Expect(page.Locator("th[aria-sort='ascending']", new() { HasText = "Persons" }));
        var ascending = await SizesAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Persons" }).ClickAsync();
        await Expect(page.Locator("th[aria-sort='descending']", new() { HasText = "Persons" }));
        var descending = await SizesAsync(page);
        ascending.ShouldAllBe(size => size >= 2);
        ascending.ShouldBe(ascending.Order().ToList());
        descending.ShouldBe(ascending.OrderDescending().ToList());
        (await page.GetByLabel("Size").InputValueAsync()).ShouldBe("Family");

        // The queue holds the two interviewed cases; none is ready until its adults chose resettlement.
        await NavigateAsync(page, "Referral queue");
        (await page.Locator("tbody tr").CountAsync()).ShouldBe(2);
        await page.GetByLabel("Readiness").SelectOptionAsync(new SelectOptionValue { Value = "Ready" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Expect(page.GetByText("No case in the queue matches."));
        await page.GetByLabel("Readiness").SelectOptionAsync(new SelectOptionValue { Value = "WaitingForChoice" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Expect(page.Locator("tbody tr"));
        (await page.Locator("tbody tr").CountAsync()).ShouldBe(2);
    }

    private static async Task<List<int>> SizesAsync(IPage page) =>
        (await page.Locator("tbody tr td:nth-child(3)").AllInnerTextsAsync()).Select(t => int.Parse(t.Trim(), System.Globalization.CultureInfo.InvariantCulture)).ToList();

    private static async Task PutTwoCasesInTheQueueAsync(PassageSite site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PassageDbContext>();
        var ids = await db.Cases.OrderBy(c => c.CaseNumber).Take(2).Select(c => c.Id).ToListAsync();
        foreach (var id in ids)
        {
            await db.Database.ExecuteSqlAsync($"UPDATE \"Cases\" SET \"Status\" = {(int)CaseStatus.Interviewed} WHERE \"Id\" = {id}");
        }
    }
}
