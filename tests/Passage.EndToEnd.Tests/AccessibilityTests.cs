using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Passage.Core.Accounts;
using Passage.Core.Storage;

using static Passage.EndToEnd.Tests.Journey;

namespace Passage.EndToEnd.Tests;

/// <summary>
/// axe-core's WCAG 2.2 A and AA rules, run inside Chromium on the styled pages each role works in, at a desktop and a
/// tablet width: no violation anywhere. With <c>PASSAGE_SCREENSHOTS</c> set, each page is also photographed at both widths.
/// </summary>
public sealed class AccessibilityTests
{
    private const string SupervisorName = "leila.supervisor@example.org";
    private const string MovementName = "omid.movement@example.org";

    private static readonly string? ScreenshotFolder = Environment.GetEnvironmentVariable("PASSAGE_SCREENSHOTS");

    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    [Fact]
    public async Task EveryRolesPages_HaveNoWcag22Violations_AtDesktopAndTabletWidths()
    {
        using var site = new PassageSite();
        await site.StartAsync(persons: 30);
        await site.AddUserAsync(new NewUser(SupervisorName, "Leila Supervisor", PassageSite.OfficerPassword, [Roles.Registration], IsSupervisor: true));
        await site.AddUserAsync(new NewUser(MovementName, "Omid Movement", PassageSite.OfficerPassword, [Roles.Movement]));
        var (personId, caseId) = await FirstPersonAsync(site);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var violations = new List<string>();

        var visits = new (string User, string[] Paths)[]
        {
            (PassageSite.OfficerName,
            [
                "/Persons", $"/Persons/{personId}", "/Persons/Register", $"/Persons/{personId}/Interviews", "/Cases", $"/Cases/{caseId}",
                "/Cases?sort=-size", "/Duplicates", "/Referrals/Queue", "/Referrals", "/Pledges", "/Interviews/Flags", "/Protection/WalkOuts",
                "/Dashboard", "/Incidents",
            ]),
            (PassageSite.OverseerName, ["/Audit", "/Audit?sort=user", "/Audit/RoleChanges", "/Audit/BreakGlass", "/Admin/Users", "/Account/Tokens"]),
            (SupervisorName, ["/Team"]),
            (MovementName, ["/Movements"]),
        };

        foreach (var (user, paths) in visits)
        {
            await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
            {
                // The site's Content-Security-Policy allows its own scripts only; axe is injected by the test.
                BypassCSP = true,
                ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            });
            var page = await context.NewPageAsync();
            if (user == PassageSite.OfficerName)
            {
                await page.GotoAsync(site.Address + "/Account/SignIn");
                violations.AddRange(await CheckAsync(page, "/Account/SignIn"));
            }

            await SignInAsync(page, site, user);
            await Expect(Navigation(page));
            foreach (var path in paths)
            {
                await page.GotoAsync(site.Address + path);
                violations.AddRange(await CheckAsync(page, path));
            }
        }

        violations.ShouldBeEmpty($"{violations.Count} WCAG 2.2 A/AA violations:\n{string.Join('\n', violations)}");
    }

    /// <summary>The violations axe finds on the page as it is, at 1280 and at 800 pixels wide.</summary>
    private static async Task<List<string>> CheckAsync(IPage page, string path)
    {
        var found = new List<string>();
        foreach (var (width, height) in new[] { (1280, 900), (800, 1200) })
        {
            await page.SetViewportSizeAsync(width, height);
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Path.Combine(AppContext.BaseDirectory, "axe.min.js") });
            var results = await page.EvaluateAsync<string[]>(
                """
                async tags => {
                  const result = await axe.run(document, { runOnly: { type: "tag", values: tags } });
                  const violations = result.violations.map(v => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map(n => n.target.join(" ")).join(" | ")}`);
                  return [String(result.passes.length), ...violations];
                }
                """, WcagTags);
            int.Parse(results[0], CultureInfo.InvariantCulture).ShouldBeGreaterThan(10, $"axe checked next to nothing on {path}");
            found.AddRange(results.Skip(1).Select(r => $"{path} at {width}px: {r}"));
            if (ScreenshotFolder is not null)
            {
                Directory.CreateDirectory(ScreenshotFolder);
                var name = string.Concat(path.Select(c => char.IsLetterOrDigit(c) ? c : '-')).Trim('-');
                await page.ScreenshotAsync(new PageScreenshotOptions
                {
                    Path = Path.Combine(ScreenshotFolder, $"a11y-{name}-{width.ToString(CultureInfo.InvariantCulture)}.png"),
                    FullPage = true,
                });
            }
        }

        await page.SetViewportSizeAsync(1280, 900);
        return found;
    }

    private static async Task<(Guid PersonId, Guid CaseId)> FirstPersonAsync(PassageSite site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PassageDbContext>();
        var person = await db.Persons.OrderBy(p => p.RegistrationNumber).Select(p => new { p.Id, p.CaseId }).FirstAsync();
        return (person.Id, person.CaseId);
    }
}
