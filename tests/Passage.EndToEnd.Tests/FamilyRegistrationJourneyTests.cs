using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Passage.Core.Accounts;
using Passage.Core.Storage;

using static Passage.EndToEnd.Tests.Journey;

namespace Passage.EndToEnd.Tests;

/// <summary>A clerk registers a family in a real browser: a likely duplicate is warned about first, then each member joins the first one's case.</summary>
public sealed class FamilyRegistrationJourneyTests
{
    private const string ClerkName = "leila.clerk@example.org";

    private static readonly string? ScreenshotFolder = Environment.GetEnvironmentVariable("PASSAGE_SCREENSHOTS");

    [Fact]
    public async Task Clerk_RegistersAFamilyPastADuplicateWarning_AndTheNextMemberJoinsTheCase()
    {
        using var site = new PassageSite();
        await site.StartAsync(persons: 1);
        await site.AddUserAsync(new NewUser(ClerkName, "Leila Clerk", PassageSite.OfficerPassword, [Roles.Registration]));
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await SignInAsync(page, site, ClerkName);

        // Every mistake at once, in a summary that takes focus and links to each field.
        await NavigateAsync(page, "Register a person");
        await page.GetByLabel("Family name (Latin letters)").FillAsync("Husseini");
        await page.GetByLabel("Date of birth").FillAsync("1978-13");
        await page.GetByLabel("Join case (case number, optional)").FillAsync("C-999999");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register", Exact = true }).ClickAsync();
        await Expect(page.Locator(".error-summary:focus"));
        var summary = await page.Locator(".error-summary").InnerTextAsync();
        summary.ShouldContain("There is no case with that number.");
        summary.ShouldContain("The month must be between 01 and 12.");
        await ShotsAsync(page, "register-errors");
        await page.Locator(".error-summary").GetByRole(AriaRole.Link, new() { Name = "There is no case with that number." }).ClickAsync();
        (await page.EvaluateAsync<string>("document.activeElement.id")).ShouldBe("JoinCase");

        // A likely duplicate of the registered Mohammad Hosseini: the warning comes first, beside what was typed.
        await page.GetByLabel("Given name (Latin letters)").FillAsync("Muhammad");
        await page.GetByLabel("Given name in Arabic script (optional)").FillAsync("محمد");
        await page.GetByLabel("Family name in Arabic script (optional)").FillAsync("حسینی");
        await page.GetByLabel("Sex").SelectOptionAsync("Male");
        await page.GetByLabel("Date of birth").FillAsync("1978-04");
        await page.GetByLabel("Camp block").FillAsync("B1");
        await page.GetByLabel("Unit", new() { Exact = true }).FillAsync("1");
        await page.GetByLabel("Join case (case number, optional)").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register", Exact = true }).ClickAsync();
        await Expect(page.Locator("section.duplicates:focus"));
        var comparison = await page.Locator("table.comparison").InnerTextAsync();
        comparison.ShouldContain("Muhammad Husseini");
        comparison.ShouldContain("Mohammad Hosseini");
        await ShotsAsync(page, "register-duplicate", fullPage: false);
        await page.GetByLabel("Why is this a different person?").FillAsync("Different father; arrived in 2019 from Herat");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register as a different person" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).GetByText("was registered in case"));
        await ShotsAsync(page, "registered", fullPage: false);
        var caseNumber = await CaseOfAsync(site, "Muhammad");

        // The next member of the family goes into the same case, its number already filled in.
        await page.GetByRole(AriaRole.Link, new() { Name = "Register the next member of this family into this case" }).ClickAsync();
        (await page.GetByLabel("Join case (case number, optional)").InputValueAsync()).ShouldBe(caseNumber);
        await page.GetByLabel("Given name (Latin letters)").FillAsync("Narges");
        await page.GetByLabel("Family name (Latin letters)").FillAsync("Husseini");
        await page.GetByLabel("Sex").SelectOptionAsync("Female");
        await page.GetByLabel("Date of birth").FillAsync("2011-06");
        await page.GetByLabel("Camp block").FillAsync("B1");
        await page.GetByLabel("Unit", new() { Exact = true }).FillAsync("1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).GetByText($"was registered in case {caseNumber}."));
        (await CaseOfAsync(site, "Narges")).ShouldBe(caseNumber);
        await SignOutAsync(page);

        // The interviewer states whether the resident was alone; nothing is assumed.
        await SignInAsync(page, site, PassageSite.OfficerName);
        await page.GotoAsync($"{site.Address}/Persons/{await PersonIdAsync(site, "Muhammad")}/Interviews");
        (await page.GetByLabel("Yes, alone").IsCheckedAsync()).ShouldBeFalse();
        (await page.GetByLabel("No, others were present").IsCheckedAsync()).ShouldBeFalse();
        await page.GetByLabel("Interviewer", new() { Exact = true }).FillAsync("Leila Karimi");
        await page.GetByLabel("Resettle to a third country").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record interview" }).ClickAsync();
        await Expect(page.Locator(".error-summary:focus").GetByText("Say whether the resident was interviewed alone"));
        await ShotsAsync(page, "interview-errors");
    }

    private static async Task<string> CaseOfAsync(PassageSite site, string givenName)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PassageDbContext>();
        var caseId = await db.Persons.Where(p => p.GivenName == givenName).Select(p => p.CaseId).SingleAsync();
        return await db.Cases.Where(c => c.Id == caseId).Select(c => c.CaseNumber).SingleAsync();
    }

    private static async Task<Guid> PersonIdAsync(PassageSite site, string givenName)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PassageDbContext>().Persons.Where(p => p.GivenName == givenName).Select(p => p.Id).SingleAsync();
    }

    /// <summary>Screenshots at a desktop's width and a tablet's, when a folder is named for them.</summary>
    private static async Task ShotsAsync(IPage page, string name, bool fullPage = true)
    {
        if (ScreenshotFolder is null)
        {
            return;
        }

        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = fullPage });
        await page.SetViewportSizeAsync(800, 1200);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + "-tablet.png"), FullPage = fullPage });
        await page.SetViewportSizeAsync(1280, 900);
    }
}
