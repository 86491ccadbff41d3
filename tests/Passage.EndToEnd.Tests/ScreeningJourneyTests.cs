using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Passage.Core.Accounts;
using Passage.Core.Screening;
using Passage.Core.Storage;
using Passage.Core.Verification;
using static Passage.EndToEnd.Tests.Journey;

namespace Passage.EndToEnd.Tests;

/// <summary>
/// Screening and verification in a real browser: the security officer imports a list, finds a resident on it under the other
/// script with the engine's explanation and records it as a false match; a registration supervisor answers a country's question.
/// </summary>
public sealed class ScreeningJourneyTests
{
    private const string SecurityName = "dariush.security@example.org";
    private const string DelegateName = "anna.delegate@example.org";
    private const string SupervisorName = "shahla.supervisor@example.org";

    [Fact]
    public async Task ListAndVerification_SecurityAdjudicatesAFalseMatch_SupervisorAnswersTheCountry()
    {
        using var site = new PassageSite();
        await site.StartAsync(persons: 4);
        await site.AddUserAsync(new NewUser(SecurityName, "Dariush Security", PassageSite.OfficerPassword, [Roles.Security]));
        await site.AddUserAsync(new NewUser(DelegateName, "Anna Delegate", PassageSite.OfficerPassword, [Roles.CountryDelegate], CountryCode: "DE"));
        await site.AddUserAsync(new NewUser(SupervisorName, "Shahla Supervisor", PassageSite.OfficerPassword, [Roles.Registration], IsSupervisor: true));
        var rezaei = await RegistrationNumberAsync(site, "Rezaei");
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });

        // The security officer imports a list that names a resident in Persian script.
        await SignInAsync(page, site, SecurityName);
        await NavigateAsync(page, "Screening");
        await page.GetByLabel("Name of the list").FillAsync("Persons sought for questioning");
        await page.GetByLabel("Published by").FillAsync("Ministry of the Interior");
        await page.GetByLabel("Reference").FillAsync("MI/2026/7");
        await page.GetByLabel("Date of this version").FillAsync("2026-10-01");
        await page.GetByLabel("File").SetInputFilesAsync(new FilePayload
        {
            Name = "sought.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes("Reference,Name,Aliases,BirthDate,Nationality,FatherName\nS-1,علی رضایی,,1969-11-02,,\nS-2,Kamran Tabrizi,,1950,,Yousef\n"),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Import and screen" }).ClickAsync();
        await Expect(page.GetByText("Version 1 imported: 2 added, 0 removed, 0 changed. The registry was screened: 1 new hit(s)."));

        // The hit, with the entry beside the resident and the engine's explanation field by field.
        await page.GetByRole(AriaRole.Link, new() { Name = "Hits to adjudicate" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = rezaei, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Screening hit" }));
        await Expect(page.GetByText("علی رضایی"));
        await Expect(page.GetByText("name: Exact"));
        await Expect(page.GetByText("birth: Exact"));
        await page.GetByLabel("False match").CheckAsync();
        await page.GetByLabel("Reason").FillAsync("The listed man was born in Tabriz; this resident's documents show another father");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record" }).ClickAsync();
        await Expect(page.GetByText("Recorded as a false match: not proposed again unless the entry changes."));
        await Expect(page.GetByText("this resident's documents show another father"));
        await SignOutAsync(page);

        // A receiving country asks whether a person was a resident.
        await SignInAsync(page, site, DelegateName);
        await NavigateAsync(page, "Verification requests");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ask about a person" }).ClickAsync();
        await page.GetByLabel("Given name").FillAsync("Aly");
        await page.GetByLabel("Family name").FillAsync("Rezaei");
        await page.GetByLabel("Date of birth").FillAsync("1969-11-02");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the request" }).ClickAsync();
        await Expect(page.GetByText("The request was sent. A registration supervisor answers it."));
        await SignOutAsync(page);

        // The supervisor reviews the candidates and answers.
        await SignInAsync(page, site, SupervisorName);
        await NavigateAsync(page, "Verifications to answer");
        await page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Candidates in the registry" }));
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = rezaei }));
        await page.GetByLabel("Verified", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Who the person is (for a verified answer)").SelectOptionAsync(new SelectOptionValue { Label = rezaei });
        await page.GetByRole(AriaRole.Button, new() { Name = "Answer" }).ClickAsync();
        await Expect(page.GetByText("The request was answered: verified."));

        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PassageDbContext>();
        var hit = await db.ScreeningHits.AsNoTracking().SingleAsync();
        (hit.Status, hit.Reason).ShouldBe((HitStatus.FalseMatch, "The listed man was born in Tabriz; this resident's documents show another father"));
        (await db.Set<VerificationRequest>().AsNoTracking().SingleAsync()).Answer.ShouldBe(VerificationAnswer.Verified);
    }

    private static async Task<string> RegistrationNumberAsync(PassageSite site, string familyName)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PassageDbContext>().Persons
            .Where(p => p.FamilyName == familyName).Select(p => p.RegistrationNumber).SingleAsync();
    }
}
