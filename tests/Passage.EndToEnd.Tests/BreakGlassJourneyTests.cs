using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Passage.Core.Accounts;
using Passage.Core.Storage;
using static Passage.EndToEnd.Tests.Journey;

namespace Passage.EndToEnd.Tests;

/// <summary>Break-glass in a real browser: from the "not allowed" page, by stating a reason, to the record; then the auditor's review.</summary>
public sealed class BreakGlassJourneyTests
{
    private const string ViewerName = "golnar.viewer@example.org";
    private const string Reason = "Rocket attack on block B4: the clinic needs to know her medical condition now";

    [Fact]
    public async Task NotAllowedPage_ViewerStatesAReason_SeesTheRecordAndTheAuditorMarksItJustified()
    {
        using var site = new PassageSite();
        await site.StartAsync(persons: 4);
        var (personId, givenName) = await PersonWithNeedsAsync(site);
        await AddViewerAsync(site);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });

        // A viewer's role does not open a person's record: the page says so and asks for a reason.
        await SignInAsync(page, site, ViewerName);
        await page.GotoAsync($"{site.Address}/Persons/{personId}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Not allowed" }));
        (await page.GetByText(givenName).CountAsync()).ShouldBe(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Open in an emergency" }).ClickAsync();
        await Expect(page.GetByText("Without a reason nothing opens."));
        (await page.GetByText(givenName).CountAsync()).ShouldBe(0);

        // With a reason, the record opens, marked as emergency access.
        await page.GetByLabel("Reason").FillAsync(Reason);
        await page.GetByRole(AriaRole.Button, new() { Name = "Open in an emergency" }).ClickAsync();
        await Expect(page.GetByText("Opened in an emergency until"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = givenName }));
        await Expect(page.GetByText("Serious medical condition (SM)"));
        await SignOutAsync(page);

        // The auditor finds it on the review queue and marks it justified.
        await SignInAsync(page, site, PassageSite.OverseerName);
        await NavigateAsync(page, "Break-glass reviews");
        await Expect(page.GetByText(Reason));
        await page.GetByLabel("Justified", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Note (optional)").FillAsync("Attack confirmed by the camp clinic");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record review" }).ClickAsync();
        await Expect(page.GetByText("The review was recorded."));
        await page.GetByRole(AriaRole.Link, new() { Name = "Show every emergency access" }).ClickAsync();
        await Expect(page.GetByText($"Justified, by {PassageSite.OverseerName}"));

        await using var scope = site.Services.CreateAsyncScope();
        var grant = await scope.ServiceProvider.GetRequiredService<PassageDbContext>().BreakGlassGrants.SingleAsync();
        (grant.RecordId, grant.UserName, grant.Justified, grant.ReviewedBy).ShouldBe((personId, ViewerName, (bool?)true, PassageSite.OverseerName));
    }

    private static async Task<(Guid Id, string GivenName)> PersonWithNeedsAsync(PassageSite site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PassageDbContext>();
        var person = await db.Persons.Where(p => p.Needs.Any()).OrderBy(p => p.RegistrationNumber).FirstAsync();
        return (person.Id, person.GivenName);
    }

    private static Task AddViewerAsync(PassageSite site) =>
        site.AddUserAsync(new NewUser(ViewerName, "Golnar Viewer", PassageSite.OfficerPassword, [Roles.Viewer]));
}
