using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Passage.Core.Accounts;
using Passage.Core.Interviews;
using Passage.Core.Movements;
using Passage.Core.Storage;

using static Passage.EndToEnd.Tests.ClearedFamily;
using static Passage.EndToEnd.Tests.Journey;

namespace Passage.EndToEnd.Tests;

/// <summary>
/// Printed, the pages a user prints (a person, a case, the case list, the referral queue, the dashboard, the movements and a
/// movement, the case as a country's delegate sees it, the audit log; the dossier itself is a PDF) are the record alone: no navigation, no forms or pager, the heading and the facts kept, and nothing wider
/// than the paper, so no column is cut off.
/// </summary>
public sealed class PrintStylesheetTests
{
    private const string MovementName = "omid.movement@example.org";
    private const string DelegateName = "hanna.delegate@example.org";

    /// <summary>About the printable width of an A4 or Letter page, in CSS pixels, within the browser's default margins.</summary>
    private const int PaperWidth = 700;

    [Fact]
    public async Task PagesUsersPrint_PrintedInChromium_HideNavigationAndFormsAndFitThePaper()
    {
        using var site = new PassageSite();
        await site.StartAsync(persons: 12);
        await site.AddUserAsync(new NewUser(MovementName, "Omid Movement", PassageSite.OfficerPassword, [Roles.Movement]));
        await site.AddUserAsync(new NewUser(DelegateName, "Hanna Delegate", PassageSite.OfficerPassword, [Roles.CountryDelegate], CountryCode: "DE"));
        var (delegatedCase, _, _, _) = await ClearedFamilyAsync(site);
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PassageDbContext>();

        // A resident living alone, interviewed, so that the referral queue has a case to print.
        var waiting = await db.Persons.Where(p => p.CaseId != delegatedCase && db.Persons.Count(o => o.CaseId == p.CaseId) == 1)
            .OrderBy(p => p.RegistrationNumber).Select(p => p.Id).FirstAsync();
        await StepValueAsync(site, Roles.Protection, sp => sp.GetRequiredService<RecordInterview>().ExecuteAsync(waiting, new InterviewDetails(
            DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1), "Leila Karimi", null, "Persian", true, null, ResettlementChoice.Resettle, [], [], null, false)));
        var flight = await StepAsync(site, Roles.Movement, sp => sp.GetRequiredService<PlanMovement>().ExecuteAsync(new MovementDetails(
            MovementKind.Flight, DateTimeOffset.UtcNow.AddDays(3), "Baghdad International (BGW)", "DE", "Frankfurt (FRA)", "Iraqi Airways", "IA 231", 40, 2, 1)));
        var person = await db.Persons
            .OrderBy(p => p.RegistrationNumber).Select(p => new { p.Id, p.CaseId }).FirstAsync();
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var visits = new (string User, string[] Paths)[]
        {
            (PassageSite.OfficerName, [$"/Persons/{person.Id}", $"/Cases/{person.CaseId}", "/Cases", "/Referrals/Queue", "/Dashboard"]),
            (MovementName, ["/Movements", $"/Movements/{flight}"]),
            (DelegateName, [$"/Cases/{delegatedCase}/Referrals"]),
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
