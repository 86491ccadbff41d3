using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Passage.Core.Accounts;
using Passage.Core.Interviews;
using Passage.Core.Storage;

using static Passage.EndToEnd.Tests.Journey;

namespace Passage.EndToEnd.Tests;

/// <summary>
/// axe-core's WCAG 2.2 A and AA rules, run inside Chromium on the styled pages each role works in, at a desktop and a
/// tablet width: no violation anywhere, and no page wider than the window (scrolling sideways). With <c>PASSAGE_SCREENSHOTS</c> set, each page is also photographed at both widths.
/// </summary>
public sealed class AccessibilityTests
{
    private const string SupervisorName = "leila.supervisor@example.org";
    private const string MovementName = "omid.movement@example.org";
    private const string TracingName = "sara.tracing@example.org";
    private const string SecurityName = "farid.security@example.org";
    private const string DelegateName = "hanna.delegate@example.org";

    private static readonly string? ScreenshotFolder = Environment.GetEnvironmentVariable("PASSAGE_SCREENSHOTS");

    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    [Fact]
    public async Task EveryRolesPages_HaveNoWcag22Violations_AtDesktopAndTabletWidths()
    {
        using var site = new PassageSite();
        await site.StartAsync(persons: 30);
        await site.AddUserAsync(new NewUser(SupervisorName, "Leila Supervisor", PassageSite.OfficerPassword, [Roles.Registration], IsSupervisor: true));
        await site.AddUserAsync(new NewUser(MovementName, "Omid Movement", PassageSite.OfficerPassword, [Roles.Movement]));
        await site.AddUserAsync(new NewUser(TracingName, "Sara Tracing", PassageSite.OfficerPassword, [Roles.Tracing]));
        await site.AddUserAsync(new NewUser(SecurityName, "Farid Security", PassageSite.OfficerPassword, [Roles.Security]));
        await site.AddUserAsync(new NewUser(DelegateName, "Hanna Delegate", PassageSite.OfficerPassword, [Roles.CountryDelegate], CountryCode: "DE"));
        var (personId, caseId) = await FirstPersonAsync(site);
        await FlagAsync(site);
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
                "/Dashboard", "/Incidents", $"/Persons/{personId}/FamilyLinks", "/Protection/Returns", "/FamilyContact", "/Verification",
                "/Verification/New",
            ]),
            (PassageSite.OverseerName, ["/Audit", "/Audit?sort=user", "/Audit/RoleChanges", "/Audit/BreakGlass", "/Admin/Users", "/Account/Tokens"]),
            (SupervisorName, ["/Team", "/Verification/Reviews"]),
            (MovementName, ["/Movements", "/Movements/Planner"]),
            (TracingName, ["/FamilyContact", "/FamilyContact/New"]),
            (SecurityName, ["/Screening", "/Screening/Hits", "/FamilyContact/Flags", "/Incidents"]),
            (DelegateName, ["/Referrals", "/Verification", "/Verification/New", "/Dashboard"]),
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

    /// <summary>
    /// Dates, registration and case numbers shown in the page's main region that the browser broke across two lines (at a
    /// hyphen, usually): each is measured as it is laid out.
    /// </summary>
    private const string BrokenNumbers =
        """
        () => {
          const broken = [];
          const pattern = /\b(\d{4}-\d{2}-\d{2}|PSG-\d{6}|C-\d{6})\b/g;
          const walker = document.createTreeWalker(document.querySelector("main"), NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const m of node.textContent.matchAll(pattern)) {
              const range = document.createRange();
              range.setStart(node, m.index);
              range.setEnd(node, m.index + m[0].length);
              const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
              if (lines.size > 1) broken.push(`${m[0]} in <${node.parentElement.tagName.toLowerCase()} class="${node.parentElement.className}">`);
            }
          }
          return broken.slice(0, 5);
        }
        """;

    /// <summary>
    /// How far the page, or a table in its own scrolling box, is wider than the space it has: content a user would have to
    /// scroll sideways to read.
    /// </summary>
    private const string SidewaysScroll =
        """
        () => {
          const e = document.scrollingElement;
          if (e.scrollWidth > e.clientWidth) return `${e.scrollWidth}px of content in a ${e.clientWidth}px window`;
          const box = [...document.querySelectorAll(".table-wrap")].find(b => b.scrollWidth > b.clientWidth + 1);
          return box ? `a table ${box.scrollWidth}px wide in a ${box.clientWidth}px box` : "";
        }
        """;

    /// <summary>The violations axe finds on the page as it is, at 1280 and at 800 pixels wide, and a page that scrolls sideways.</summary>
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
                  // Target size (WCAG 2.2, 2.5.8: 24 by 24 CSS pixels, or that much space around) is off by default in axe.
                  const result = await axe.run(document, { runOnly: { type: "tag", values: tags }, rules: { "target-size": { enabled: true } } });
                  const violations = result.violations.map(v => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map(n => n.target.join(" ")).join(" | ")}`);
                  const targets = result.passes.concat(result.violations).filter(r => r.id === "target-size").flatMap(r => r.nodes).length;
                  return [String(result.passes.length), String(targets), ...violations];
                }
                """, WcagTags);
            int.Parse(results[0], CultureInfo.InvariantCulture).ShouldBeGreaterThan(10, $"axe checked next to nothing on {path}");
            int.Parse(results[1], CultureInfo.InvariantCulture).ShouldBeGreaterThan(0, $"axe measured no link or button on {path}");
            found.AddRange(results.Skip(2).Select(r => $"{path} at {width}px: {r}"));
            found.AddRange((await page.EvaluateAsync<string[]>(BrokenNumbers)).Select(b => $"{path} at {width}px: {b} breaks across lines"));
            if (await page.EvaluateAsync<string>(SidewaysScroll) is { Length: > 0 } wide)
            {
                found.Add($"{path} at {width}px scrolls sideways: {wide}");
            }

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

    /// <summary>A "ready to leave" list naming the first resident, not interviewed yet: a protection flag with its form to mark it done.</summary>
    private static async Task FlagAsync(PassageSite site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var actor = scope.ServiceProvider.GetRequiredService<Actor>();
        actor.Set("seed", "seed", null, [Roles.Protection]);
        var db = scope.ServiceProvider.GetRequiredService<PassageDbContext>();
        var number = await db.Persons.OrderBy(p => p.RegistrationNumber).Select(p => p.RegistrationNumber).FirstAsync();
        var recorded = await new RecordThirdPartyList(db, actor, TimeProvider.System).ExecuteAsync(
            new ThirdPartyListDetails("Camp leadership", DateOnly.FromDateTime(DateTime.UtcNow), ThirdPartyListKind.ReadyToLeave, [number]));
        recorded.Succeeded.ShouldBeTrue();
    }

    private static async Task<(Guid PersonId, Guid CaseId)> FirstPersonAsync(PassageSite site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PassageDbContext>();
        var person = await db.Persons.OrderBy(p => p.RegistrationNumber).Select(p => new { p.Id, p.CaseId }).FirstAsync();
        return (person.Id, person.CaseId);
    }
}
