using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Passage.Core.Accounts;
using Passage.Core.Cases;
using Passage.Core.Registry;
using Passage.Core.Storage;
using static Passage.EndToEnd.Tests.Journey;

namespace Passage.EndToEnd.Tests;

/// <summary>
/// A family's voluntary return in a real browser, each step by the role that takes it: the protection officer interviews
/// each adult alone and asks for the return, records the origin country's acceptance and then the travel documents; the
/// movement officer confirms the departure. Without a private interview of every adult, recording their informed choice to
/// return, the return cannot be asked for.
/// </summary>
public sealed class VoluntaryReturnJourneyTests
{
    private const string ProtectionName = "parisa.protection@example.org";
    private const string MovementName = "omid.movement@example.org";

    [Fact]
    public async Task VoluntaryReturn_FromPrivateInterviewsToDeparture_EachStepByItsRoleAndNoneWithoutTheInterview()
    {
        using var site = new PassageSite();
        await site.StartAsync(persons: 3);
        await site.AddUserAsync(new NewUser(ProtectionName, "Parisa Protection", PassageSite.OfficerPassword, [Roles.Protection]));
        await site.AddUserAsync(new NewUser(MovementName, "Omid Movement", PassageSite.OfficerPassword, [Roles.Movement]));
        var (caseId, caseNumber, father, mother) = await FamilyAsync(site);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });

        // Nobody has interviewed the family yet: a return cannot be asked for.
        await SignInAsync(page, site, ProtectionName);
        await NavigateAsync(page, "Voluntary returns");
        await AskForReturnAsync(page, caseNumber);
        await Expect(page.GetByText(Refusal($"{father.RegistrationNumber}, {mother.RegistrationNumber}")));
        (await StatusAsync(site, caseId)).ShouldBe(CaseStatus.Registered);

        // The father chooses to go home, alone with the interviewer, and confirms he knows what it means and that he may withdraw;
        // the mother says the same with her brother in the room.
        await InterviewAsync(page, site, father, alone: true, informed: true);
        await InterviewAsync(page, site, mother, alone: false, informed: true);
        await NavigateAsync(page, "Voluntary returns");
        await AskForReturnAsync(page, caseNumber);
        await Expect(page.GetByText(Refusal(mother.RegistrationNumber)));
        (await StatusAsync(site, caseId)).ShouldBe(CaseStatus.Interviewed);

        // Asked again alone, the form will not record her choice to return until the interviewer says whether she confirmed it
        // informed; she does not yet, and that interview does not allow a return either.
        await InterviewAsync(page, site, mother, alone: true, informed: null);
        await InterviewAsync(page, site, mother, alone: true, informed: false);
        await NavigateAsync(page, "Voluntary returns");
        await AskForReturnAsync(page, caseNumber);
        await Expect(page.GetByText(Refusal(mother.RegistrationNumber)));
        (await StatusAsync(site, caseId)).ShouldBe(CaseStatus.Interviewed);

        // Told what return means and that she may withdraw the request at any time, she confirms it is her own decision.
        await InterviewAsync(page, site, mother, alone: true, informed: true);
        await NavigateAsync(page, "Voluntary returns");
        await AskForReturnAsync(page, caseNumber);
        await Expect(page.GetByText("Return asked for; the case is now Repatriation requested."));

        // The origin country accepts; later the travel documents are issued, which clears the case.
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = caseNumber });
        await row.GetByLabel("Accepted", new() { Exact = true }).CheckAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "Record" }).ClickAsync();
        await Expect(page.GetByText("Recorded."));
        await Expect(row.GetByRole(AriaRole.Cell, new() { Name = "Yes", Exact = true }));
        (await StatusAsync(site, caseId)).ShouldBe(CaseStatus.RepatriationRequested);
        await row.GetByLabel("Documents issued", new() { Exact = true }).CheckAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "Record" }).ClickAsync();
        await Expect(row.GetByRole(AriaRole.Cell, new() { Name = "Repatriation cleared", Exact = true }));
        (await page.GetByRole(AriaRole.Button, new() { Name = "Confirm departure" }).CountAsync()).ShouldBe(0, "only a movement officer confirms a departure");
        await SignOutAsync(page);

        // The movement officer starts on the movements and confirms that the family left.
        await SignInAsync(page, site, MovementName);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Voluntary returns to confirm" }));
        await page.GetByRole(AriaRole.Button, new() { Name = $"Confirm departure of {caseNumber}" }).ClickAsync();
        await Expect(page.GetByText("Departure confirmed: the case left for the origin country and is now Departed."));
        await Expect(page.GetByText("No case is cleared to return."));
        (await StatusAsync(site, caseId)).ShouldBe(CaseStatus.Departed);
    }

    private static async Task AskForReturnAsync(IPage page, string caseNumber)
    {
        await page.GetByLabel("Case number").FillAsync(caseNumber);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ask for return" }).ClickAsync();
    }

    private static string Refusal(string registrationNumbers) =>
        $"No private interview recording an informed choice to return for: {registrationNumbers}. Every adult must choose to return in an interview held "
        + "alone with them, and confirm it is their own decision after being told what return means and that they may withdraw the request at any time, "
        + "before a return is requested.";

    /// <param name="informed">The interviewer's answer to whether the resident confirmed the return informed; null leaves it unanswered, which the form refuses.</param>
    private static async Task InterviewAsync(IPage page, PassageSite site, Person adult, bool alone, bool? informed)
    {
        await page.GotoAsync($"{site.Address}/Persons/{adult.Id}/Interviews");
        await page.GetByLabel("Held on").FillAsync(DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Interviewer", Exact = true }).FillAsync("Leila Karimi");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Language", Exact = true }).FillAsync("Persian");
        await page.GetByLabel(alone ? "Yes, alone" : "No, others were present").CheckAsync();
        if (!alone)
        {
            await page.GetByLabel("If not alone, who else was present").FillAsync("Her brother");
        }

        await page.GetByLabel("Return voluntarily to the origin country").CheckAsync();
        if (informed is { } answer)
        {
            await page.GetByLabel(answer ? "Yes, informed and their own" : "No, not confirmed").CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Record interview" }).ClickAsync();
        if (informed is null)
        {
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Say whether the resident confirmed that return is their own decision" }));
            await Expect(page.Locator("span.field-error", new() { HasText = "Say whether the resident confirmed that return is their own decision" }));
            return;
        }

        await Expect(page.GetByText("The interview was recorded; it is now the one in force."));
    }

    /// <summary>The seeded family of two adults: Mohammad Hosseini and Maryam Hosseini.</summary>
    private static async Task<(Guid CaseId, string CaseNumber, Person Father, Person Mother)> FamilyAsync(PassageSite site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PassageDbContext>();
        var family = await db.Persons.GroupBy(p => p.CaseId).Where(g => g.Count() == 2).Select(g => g.Key).SingleAsync();
        var members = await db.Persons.AsNoTracking().Where(p => p.CaseId == family).OrderBy(p => p.RegistrationNumber).ToListAsync();
        var caseNumber = await db.Cases.Where(c => c.Id == family).Select(c => c.CaseNumber).SingleAsync();
        return (family, caseNumber, members[0], members[1]);
    }

    private static async Task<CaseStatus> StatusAsync(PassageSite site, Guid caseId)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PassageDbContext>().Cases.Where(c => c.Id == caseId).Select(c => c.Status).SingleAsync();
    }
}
