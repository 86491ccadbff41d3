using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Passage.Core.Accounts;
using Passage.Core.Cases;
using Passage.Core.Storage;

using static Passage.EndToEnd.Tests.Journey;

namespace Passage.EndToEnd.Tests;

/// <summary>A resident's way to a place in a third country, in a real browser: interview, pledge, referral, the country's acceptance, exit clearance.</summary>
public sealed class ResettlementJourneyTests
{
    private const string DelegateName = "hanna.delegate@example.org";

    [Fact]
    public async Task InterviewToClearance_OfficerAndCountryDelegate_MoveTheCaseInTheBrowser()
    {
        using var site = new PassageSite();
        await site.StartAsync(persons: 6);
        var (personId, caseId, caseNumber, registrationNumber, name) = await SingleAdultAsync(site);
        await AddDelegateAsync(site);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });

        // The officer records the resident's own choice, alone with them.
        await SignInAsync(page, site, PassageSite.OfficerName);
        await page.GotoAsync($"{site.Address}/Persons/{personId}/Interviews");
        await page.GetByLabel("Interviewer", new() { Exact = true }).FillAsync("Leila Karimi");
        await page.GetByLabel("Yes, alone").CheckAsync();
        await page.GetByLabel("Resettle to a third country").CheckAsync();
        await page.GetByLabel("Country 1").FillAsync("DE");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record interview" }).ClickAsync();
        await Expect(page.GetByText("The interview was recorded"));

        // A pledge, then the referral from the queue, then submission.
        await NavigateAsync(page, "Pledges");
        await page.GetByLabel("Country", new() { Exact = true }).SelectOptionAsync("DE");
        await page.GetByLabel("Places (persons)").FillAsync("10");
        await page.GetByLabel("Anyone who chose resettlement").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record pledge" }).ClickAsync();
        await Expect(page.GetByText("The pledge of Germany for 10 places was recorded."));
        await NavigateAsync(page, "Referral queue");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Refer {caseNumber}" }).ClickAsync();
        await Expect(page.GetByText("The case was referred."));
        await page.GetByRole(AriaRole.Link, new() { Name = "See its referral history" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit to DE" }).ClickAsync();
        await Expect(page.GetByText("submitted", new() { Exact = true }));
        await SignOutAsync(page);

        // The delegate of the receiving country accepts from their inbox.
        await SignInAsync(page, site, DelegateName);
        await NavigateAsync(page, "Inbox");
        await page.GetByRole(AriaRole.Link, new() { Name = caseNumber }).ClickAsync();

        // Who is in the case, without the dossier's download: the dossier's fields of each member, and no staff names.
        var members = page.GetByRole(AriaRole.Region, new() { Name = "Members (1)" });
        await Expect(members);
        (await members.Locator("tbody tr").AllInnerTextsAsync()).ShouldHaveSingleItem().ShouldContain(registrationNumber);
        (await members.Locator("tbody tr").InnerTextAsync()).ShouldContain(name);
        (await page.Locator("main").InnerTextAsync()).ShouldNotContain("Nasrin Officer");
        await page.GetByLabel("Accepted", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Reason").FillAsync("Meets the criteria of the pledge");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();
        await Expect(page.GetByText("Meets the criteria of the pledge"));
        await SignOutAsync(page);

        // The officer records exit clearance.
        await SignInAsync(page, site, PassageSite.OfficerName);
        await page.GotoAsync($"{site.Address}/Cases/{caseId}/Referrals");
        await page.GetByLabel("Travel documents ready").CheckAsync();
        await page.GetByLabel("Exit permission granted").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record clearance" }).ClickAsync();
        await Expect(page.GetByText("Cleared", new() { Exact = true }));

        await using var scope = site.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<PassageDbContext>().Cases.SingleAsync(c => c.Id == caseId)).Status.ShouldBe(CaseStatus.Cleared);
    }

    private static async Task<(Guid PersonId, Guid CaseId, string CaseNumber, string RegistrationNumber, string Name)> SingleAdultAsync(PassageSite site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PassageDbContext>();
        var single = await db.Persons.GroupBy(p => p.CaseId).Where(g => g.Count() == 1).Select(g => g.Key).ToListAsync();
        var person = (await db.Persons.Where(p => single.Contains(p.CaseId) && p.BirthYear < 2000).OrderBy(p => p.RegistrationNumber).ToListAsync()).First();
        var caseNumber = await db.Cases.Where(c => c.Id == person.CaseId).Select(c => c.CaseNumber).SingleAsync();
        return (person.Id, person.CaseId, caseNumber, person.RegistrationNumber, $"{person.GivenName} {person.FamilyName}");
    }

    private static Task AddDelegateAsync(PassageSite site) =>
        site.AddUserAsync(new NewUser(DelegateName, "Hanna Delegate", PassageSite.OfficerPassword, [Roles.CountryDelegate], CountryCode: "DE"));
}
