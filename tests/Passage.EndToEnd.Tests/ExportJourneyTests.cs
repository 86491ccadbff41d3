using Microsoft.Playwright;
using Passage.Core.Accounts;
using Passage.Core.Exports;
using static Passage.EndToEnd.Tests.Journey;

namespace Passage.EndToEnd.Tests;

/// <summary>An officer narrows and sorts a list in a real browser and exports it: the file holds what the list shows, in its order, and only the role's columns.</summary>
public sealed class ExportJourneyTests
{
    private const string RegistrarName = "bahram.registrar@example.org";

    [Fact]
    public async Task Registrar_ExportsTheFilteredSortedCaseList_FileHoldsThoseRowsInThatOrderWithTheRolesColumns()
    {
        using var site = new PassageSite();
        await site.StartAsync(persons: 30);
        await site.AddUserAsync(new NewUser(RegistrarName, "Bahram Registrar", PassageSite.OfficerPassword, [Roles.Registration]));
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { AcceptDownloads = true, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });

        // Families only, largest first.
        await SignInAsync(page, site, RegistrarName);
        await NavigateAsync(page, "Cases");
        var all = await page.Locator("tbody tr").CountAsync();
        await page.GetByLabel("Size").SelectOptionAsync(new SelectOptionValue { Value = "Family" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Persons" }).ClickAsync();
        await Expect(page.Locator("th[aria-sort='ascending']", new() { HasText = "Persons" }));
        await page.GetByRole(AriaRole.Link, new() { Name = "Persons" }).ClickAsync();
        await Expect(page.Locator("th[aria-sort='descending']", new() { HasText = "Persons" }));
        var shown = await page.Locator("tbody tr td:first-child").AllInnerTextsAsync();
        var headings = await page.Locator("thead th").AllInnerTextsAsync();
        shown.Count.ShouldBeInRange(2, all - 1, "the filter leaves some cases out");

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Form, new() { Name = "Export" }).GetByRole(AriaRole.Button, new() { Name = "Export" }).ClickAsync());
        var file = await File.ReadAllTextAsync(await download.PathAsync());

        download.SuggestedFilename.ShouldBe("cases.csv");
        var lines = file.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var registrar = new Actor();
        registrar.Set("registrar", RegistrarName, null, [Roles.Registration]);
        lines[0].Split(',').ShouldBe(ExportColumns.NamesFor(registrar, ExportList.Cases));
        lines[0].ShouldNotContain("Country", Case.Sensitive, "a registration officer may not read where a case was referred");
        headings.ShouldNotContain(h => h.Contains("Country", StringComparison.Ordinal), "nor does the list show it");
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        rows.Select(r => r[0]).ShouldBe(shown.Select(s => s.Trim()), "the rows the list showed, in its order");
        var members = rows.Select(r => int.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        members.ShouldAllBe(m => m >= 2);
        members.ShouldBe(members.OrderDescending().ToList());
    }
}
