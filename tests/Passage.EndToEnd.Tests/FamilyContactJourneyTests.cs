using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Passage.Core.Accounts;
using Passage.Core.FamilyContact;
using Passage.Core.Storage;
using static Passage.EndToEnd.Tests.Journey;

namespace Passage.EndToEnd.Tests;

/// <summary>A family contact request in a real browser, from receipt to a call arranged with the sought person's consent.</summary>
public sealed class FamilyContactJourneyTests
{
    private const string TracingName = "farzaneh.tracing@example.org";

    [Fact]
    public async Task FamilyRequest_FromReceiptToConsentedContact_RequesterIsToldOnlyTheFixedTexts()
    {
        using var site = new PassageSite();
        await site.StartAsync(persons: 4);
        await site.AddUserAsync(new NewUser(TracingName, "Farzaneh Tracing", PassageSite.OfficerPassword, [Roles.Tracing]));
        var (registrationNumber, given, family, born) = await SoughtAsync(site);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });

        // The tracing officer records what the requester says.
        await SignInAsync(page, site, TracingName);
        await NavigateAsync(page, "Family contact");
        await page.GetByRole(AriaRole.Link, new() { Name = "Record a request" }).ClickAsync();
        await page.GetByLabel("Requester's name").FillAsync("Kamran Rostami");
        await page.GetByLabel("Relationship to the person sought").SelectOptionAsync(new SelectOptionValue { Label = "Sibling" });
        await page.GetByLabel("How the agency can reach them").FillAsync("+49 151 0000 2201");
        await page.GetByLabel("How their identity was checked").SelectOptionAsync(new SelectOptionValue { Label = "Identity document seen" });
        await page.GetByLabel("Name, as the requester gives it (any script)").FillAsync($"{given} {family}");
        await page.GetByLabel("Approximate year of birth, Gregorian or Solar Hijri (optional)").FillAsync(born.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Why they seek contact").FillAsync("Our mother is ill and asks for her");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record request" }).ClickAsync();
        await Expect(page.GetByText("Request FR-000001 recorded."));
        await Expect(page.GetByText(RequesterAnswers.Standard));

        // The registry's candidates, explained; the officer confirms the one sought.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Candidates in the registry" }));
        await page.GetByRole(AriaRole.Button, new() { Name = $"Confirm {registrationNumber} as the person sought" }).ClickAsync();
        await Expect(page.GetByText("Candidate confirmed; ask them, alone, whether they want contact."));
        await Expect(page.GetByText(RequesterAnswers.Standard));

        // Asked alone, she accepts; only now does the requester's answer change.
        await page.GetByLabel("Accepts contact").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record their answer" }).ClickAsync();
        await Expect(page.GetByText("an answer given with anyone else present is not recorded"));
        await page.GetByLabel("Accepts contact").CheckAsync();
        await page.GetByLabel("I asked them alone, with no one else present").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record their answer" }).ClickAsync();
        await Expect(page.GetByText("Their answer is recorded."));
        await Expect(page.GetByText(RequesterAnswers.Contact));

        // The call is arranged through the agency and recorded.
        await page.GetByLabel("Call arranged").CheckAsync();
        await page.GetByLabel("What was passed on or arranged").FillAsync("Call at the agency office on Tuesday");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record contact" }).ClickAsync();
        await Expect(page.GetByText("Contact recorded."));
        await Expect(page.GetByText("Call at the agency office on Tuesday"));

        await using var scope = site.Services.CreateAsyncScope();
        var request = await scope.ServiceProvider.GetRequiredService<PassageDbContext>().Set<FamilyRequest>().Include(r => r.Contacts).SingleAsync();
        (request.Stage, request.Contacts.Single().Kind).ShouldBe((FamilyRequestStage.Accepted, ContactKind.CallArranged));
    }

    private static async Task<(string Number, string Given, string Family, int Born)> SoughtAsync(PassageSite site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var person = await scope.ServiceProvider.GetRequiredService<PassageDbContext>().Persons.OrderBy(p => p.RegistrationNumber).FirstAsync();
        return (person.RegistrationNumber, person.GivenName, person.FamilyName, person.BirthYear);
    }
}
