using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Passage.Core.Storage;

using static Passage.EndToEnd.Tests.Journey;

namespace Passage.EndToEnd.Tests;

/// <summary>Printed, a person's or a case's page is the record alone: no navigation, no forms, the heading and the facts kept.</summary>
public sealed class PrintStylesheetTests
{
    [Fact]
    public async Task PersonAndCasePages_PrintedInChromium_HideNavigationAndFormsAndKeepTheRecord()
    {
        using var site = new PassageSite();
        await site.StartAsync(persons: 3);
        await using var scope = site.Services.CreateAsyncScope();
        var person = await scope.ServiceProvider.GetRequiredService<PassageDbContext>().Persons
            .OrderBy(p => p.RegistrationNumber).Select(p => new { p.Id, p.CaseId }).FirstAsync();
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await SignInAsync(page, site, PassageSite.OfficerName);

        foreach (var path in new[] { $"/Persons/{person.Id}", $"/Cases/{person.CaseId}" })
        {
            await page.GotoAsync(site.Address + path);
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
            (await Navigation(page).IsVisibleAsync()).ShouldBeTrue($"the navigation shows on screen on {path}");

            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

            (await Navigation(page).IsVisibleAsync()).ShouldBeFalse($"the navigation is printed on {path}");
            (await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).IsVisibleAsync()).ShouldBeFalse();
            (await page.Locator("main form:visible").CountAsync()).ShouldBe(0, $"a form is printed on {path}");
            (await page.Locator("main h1").IsVisibleAsync()).ShouldBeTrue();
            (await page.Locator("main table:visible, main dl:visible").CountAsync()).ShouldBeGreaterThan(0);
        }
    }
}
