using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Passage.Core.Storage;

using static Passage.EndToEnd.Tests.Journey;

namespace Passage.EndToEnd.Tests;

/// <summary>A registration officer links two residents of different cases as siblings from the person's page, then removes the link.</summary>
public sealed class FamilyLinksJourneyTests
{
    [Fact]
    public async Task Officer_AddsASiblingInAnotherCaseAndRemovesTheLink()
    {
        using var site = new PassageSite();
        await site.StartAsync(persons: 6);
        var (first, other) = await TwoPersonsInTwoCasesAsync(site);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 800, Height = 1200 } });
        await SignInAsync(page, site, PassageSite.OfficerName);

        await page.GotoAsync($"{site.Address}/Persons/{first.Id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Add or remove family links" }).ClickAsync();

        // Nothing chosen: the summary takes focus and names both fields.
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the link" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert).GetByRole(AriaRole.Link, new() { Name = "Choose what the other person is to this person." }));
        (await page.EvaluateAsync<string>("document.activeElement.className")).ShouldBe("error-summary");

        await page.GetByLabel("The other person is this person's").SelectOptionAsync(new SelectOptionValue { Label = "sibling" });
        await page.GetByLabel("Registration number of the other person").FillAsync(other.Number);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the link" }).ClickAsync();
        await Expect(page.GetByText($"{other.Number} is now linked as sibling of {first.Number} (another case)."));
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = other.Number });
        (await row.InnerTextAsync()).ShouldContain("Sibling");

        await row.GetByRole(AriaRole.Button, new() { Name = $"Remove the link with {other.Number}" }).ClickAsync();
        await Expect(page.GetByText($"The family link with {other.Number} was removed."));
        await Expect(page.GetByText("No family links recorded."));
    }

    private static async Task<((Guid Id, string Number) First, (Guid Id, string Number) Other)> TwoPersonsInTwoCasesAsync(PassageSite site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PassageDbContext>();
        var persons = await db.Persons.OrderBy(p => p.RegistrationNumber).Select(p => new { p.Id, p.RegistrationNumber, p.CaseId }).ToListAsync();
        var first = persons[0];
        var other = persons.First(p => p.CaseId != first.CaseId);
        return ((first.Id, first.RegistrationNumber), (other.Id, other.RegistrationNumber));
    }
}
