using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Passage.Core.Accounts;
using Passage.Core.Storage;

using static Passage.EndToEnd.Tests.Journey;

namespace Passage.EndToEnd.Tests;

/// <summary>
/// Printed, the pages a user prints (a person, a case, the case list, the referral queue, the dashboard, the movements, the
/// audit log) are the record alone: no navigation, no forms or pager, the heading and the facts kept, and nothing wider
/// than the paper, so no column is cut off.
/// </summary>
public sealed class PrintStylesheetTests
{
    private const string MovementName = "omid.movement@example.org";

    /// <summary>About the printable width of an A4 or Letter page, in CSS pixels, within the browser's default margins.</summary>
    private const int PaperWidth = 700;

    [Fact]
    public async Task PagesUsersPrint_PrintedInChromium_HideNavigationAndFormsAndFitThePaper()
    {
        using var site = new PassageSite();
        await site.StartAsync(persons: 12);
        await site.AddUserAsync(new NewUser(MovementName, "Omid Movement", PassageSite.OfficerPassword, [Roles.Movement]));
        await using var scope = site.Services.CreateAsyncScope();
        var person = await scope.ServiceProvider.GetRequiredService<PassageDbContext>().Persons
            .OrderBy(p => p.RegistrationNumber).Select(p => new { p.Id, p.CaseId }).FirstAsync();
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var visits = new (string User, string[] Paths)[]
        {
            (PassageSite.OfficerName, [$"/Persons/{person.Id}", $"/Cases/{person.CaseId}", "/Cases", "/Referrals/Queue", "/Dashboard"]),
            (MovementName, ["/Movements"]),
            (PassageSite.OverseerName, ["/Audit"]),
        };
        var faults = new List<string>();

        foreach (var (user, paths) in visits)
        {
            await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
            var page = await context.NewPageAsync();
            await SignInAsync(page, site, user);
            foreach (var path in paths)
            {
                await page.SetViewportSizeAsync(1280, 900);
                await page.GotoAsync(site.Address + path);
                await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
                (await Navigation(page).IsVisibleAsync()).ShouldBeTrue($"the navigation shows on screen on {path}");

                await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
                await page.SetViewportSizeAsync(PaperWidth, 1000);

                faults.AddRange(await PrintFaultsAsync(page, path));
            }
        }

        faults.ShouldBeEmpty(string.Join('\n', faults));
    }

    private static async Task<List<string>> PrintFaultsAsync(IPage page, string path)
    {
        var faults = new List<string>();
        if (await Navigation(page).IsVisibleAsync())
        {
            faults.Add($"{path}: the navigation is printed");
        }

        if (await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).IsVisibleAsync())
        {
            faults.Add($"{path}: the sign-out button is printed");
        }

        if (await page.Locator("main form:visible, main .pager:visible").CountAsync() > 0)
        {
            faults.Add($"{path}: a form or the pager is printed");
        }

        if (!await page.Locator("main h1").IsVisibleAsync() || await page.Locator("main table:visible, main dl:visible").CountAsync() == 0)
        {
            faults.Add($"{path}: the heading or the record is not printed");
        }

        var width = await page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth");
        if (width > PaperWidth)
        {
            faults.Add($"{path}: {width}px wide on {PaperWidth}px of paper, its right side is cut off");
        }

        return faults;
    }
}
