using Microsoft.Playwright;

namespace Passage.EndToEnd.Tests;

/// <summary>An officer's day in a real browser: sign in, find, register, move a case, meet a refusal, sign out.</summary>
public sealed class RegistryJourneyTests
{
    private static readonly string? ScreenshotFolder = Environment.GetEnvironmentVariable("PASSAGE_SCREENSHOTS");

    [Fact]
    public async Task Officer_FullJourney_WorksInTheBrowser()
    {
        using var site = new PassageSite();
        await site.StartAsync(persons: 60);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });

        // Sign in.
        await page.GotoAsync(site.Address + "/");
        await page.GetByLabel("User name").FillAsync(PassageSite.OfficerName);
        await page.GetByLabel("Password").FillAsync(PassageSite.OfficerPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Registry" }));
        await ShotAsync(page, "registry");

        // Search a person by name.
        await page.GetByLabel("Registration number or name").FillAsync("Tehrani");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        (await page.Locator("tbody tr").CountAsync()).ShouldBe(3);
        (await page.Locator("tbody").InnerTextAsync()).ShouldContain("شیرین تهرانی");
        await page.Locator("tbody tr a").First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Biodata" }));
        await ShotAsync(page, "person");

        // Register a new person: a bad date first, then success.
        await page.GetByRole(AriaRole.Link, new() { Name = "Register a person" }).ClickAsync();
        await page.GetByLabel("Given name (Latin letters)").FillAsync("Golnar");
        await page.GetByLabel("Family name (Latin letters)").FillAsync("Abbasi");
        await page.GetByLabel("Given name in Arabic script (optional)").FillAsync("گلنار");
        await page.GetByLabel("Family name in Arabic script (optional)").FillAsync("عباسی");
        await page.GetByLabel("Sex").SelectOptionAsync("Female");
        await page.GetByLabel("Date of birth").FillAsync("1991-02-30");
        await page.GetByLabel("Camp block").FillAsync("B3");
        await page.GetByLabel("Unit", new() { Exact = true }).FillAsync("12");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await Expect(page.GetByText("That day does not exist in that month."));
        (await page.GetByLabel("Given name (Latin letters)").InputValueAsync()).ShouldBe("Golnar");
        await ShotAsync(page, "register-error");
        await page.GetByLabel("Date of birth").FillAsync("1991-02");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Golnar Abbasi" }));

        // Move the new person's case through transitions.
        await page.Locator("a[href^='/Cases/']").First.ClickAsync();
        await MoveAsync(page, "Interviewed", "Interviewed alone; wishes to resettle");
        await MoveAsync(page, "On hold", "Protection concern under review");
        await MoveAsync(page, "Interviewed", "Concern resolved");
        await ShotAsync(page, "case");

        // A transition the guard refuses shows its reason.
        await page.GetByLabel("Referred", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Reason").FillAsync("Refer to the pledge");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change status" }).ClickAsync();
        await Expect(page.GetByText("The change was refused."));
        (await page.GetByRole(AriaRole.Alert).InnerTextAsync()).ShouldContain("No recorded choice to resettle for");
        (await page.GetByLabel("Reason").InputValueAsync()).ShouldBe("Refer to the pledge");
        await ShotAsync(page, "case-refused");

        // Sign out.
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" }));
        await page.GotoAsync(site.Address + "/Persons");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" }));
    }

    private static async Task MoveAsync(IPage page, string to, string reason)
    {
        await page.GetByLabel(to, new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Reason").FillAsync(reason);
        await page.GetByRole(AriaRole.Button, new() { Name = "Change status" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).GetByText(to, new() { Exact = true }));
    }

    private static Task Expect(ILocator locator) => locator.First.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });

    private static async Task ShotAsync(IPage page, string name)
    {
        if (ScreenshotFolder is not null)
        {
            Directory.CreateDirectory(ScreenshotFolder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
        }
    }
}
