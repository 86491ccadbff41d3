using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Passage.Core.Accounts;
using Passage.Core.Registry.Matching;
using Passage.Core.Storage;

namespace Passage.EndToEnd.Tests;

/// <summary>The duplicate scan's status on the page follows the scan in a real browser, without a reload.</summary>
public sealed class DuplicateScanJourneyTests
{
    [Fact]
    public async Task DuplicatesPage_ScanRunningWhileOpen_ShowsItsEndWithoutAReload()
    {
        using var site = new PassageSite();
        await site.StartAsync(persons: 3);
        var scanId = await QueueScanAsync(site);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync();
        await page.GotoAsync(site.Address + "/");
        await page.GetByLabel("User name").FillAsync(PassageSite.OfficerName);
        await page.GetByLabel("Password").FillAsync(PassageSite.OfficerPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GotoAsync(site.Address + "/Duplicates");
        var state = page.Locator("#scan-status .scan-state");
        (await state.InnerTextAsync()).ShouldBe("A scan is waiting to start.");
        (await state.GetAttributeAsync("role")).ShouldBe("status");
        await state.EvaluateAsync("element => element.dataset.original = 'yes'");

        await CompleteScanAsync(site, scanId);

        await page.GetByText("The last scan finished.").WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        (await state.GetAttributeAsync("data-original")).ShouldBe("yes");
        (await page.Locator("#scan-status").InnerTextAsync()).ShouldContain("Finished");
        (await page.Locator("#scan-status").GetAttributeAsync("data-running")).ShouldBe("false");
    }

    /// <summary>A scan queued as if by another node, so that it stays running until the test ends it.</summary>
    private static async Task<long> QueueScanAsync(PassageSite site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PassageDbContext>();
        var actor = new Actor();
        actor.Set("other", "hamid.rahimi", null, []);
        var scan = DuplicateScan.Queue(actor, DateTimeOffset.UtcNow);
        db.DuplicateScans.Add(scan);
        await db.SaveChangesAsync();
        return scan.Id;
    }

    private static async Task CompleteScanAsync(PassageSite site, long scanId)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PassageDbContext>();
        var scan = await db.DuplicateScans.SingleAsync(s => s.Id == scanId);
        scan.Run(3);
        scan.Complete(3, 0, DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
    }
}
