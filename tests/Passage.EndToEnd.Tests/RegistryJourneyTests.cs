using Microsoft.Playwright;

using static Passage.EndToEnd.Tests.Journey;

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

        await SignInAsync(page, site, PassageSite.OfficerName);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Registry" }));
        await ShotAsync(page, "registry", fullPage: false);
        if (ScreenshotFolder is not null)
        {
            await page.SetViewportSizeAsync(800, 1100);
            await ShotAsync(page, "registry-tablet", fullPage: false);
            await page.SetViewportSizeAsync(1280, 900);
        }

        // Search a person by name.
        await page.GetByLabel("Registration number, case number or name").FillAsync("Tehrani");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        (await page.Locator("tbody tr").CountAsync()).ShouldBe(3);
        (await page.Locator("tbody").InnerTextAsync()).ShouldContain("شیرین تهرانی");
        await page.Locator("tbody tr a").First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Biodata" }));
        await ShotAsync(page, "person");

        // Register a new person: a bad date first, then success.
        await NavigateAsync(page, "Register a person");
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

        // Put the new person's case on hold and release it; the steps that belong to a flow (interview, referral) are not offered.
        await page.Locator("a[href^='/Cases/']").First.ClickAsync();
        (await page.GetByLabel("Interviewed", new() { Exact = true }).CountAsync()).ShouldBe(0);
        await MoveAsync(page, "On hold", "Protection concern under review");
        await MoveAsync(page, "Registered", "Concern resolved");
        await ShotAsync(page, "case");

        // Sign out.
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" }));
        await page.GotoAsync(site.Address + "/Persons");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" }));
        await ShotAsync(page, "sign-in");
    }

    [Fact]
    public async Task Overseer_AuditsAddsAUserAndCreatesAToken_ButSeesNoPerson()
    {
        using var site = new PassageSite();
        await site.StartAsync(persons: 3);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1024, Height = 768 } });
        await SignInAsync(page, site, PassageSite.OverseerName);

        // The audit log shows this sign-in.
        (await Navigation(page).GetByRole(AriaRole.Link, new() { Name = "Registry" }).CountAsync()).ShouldBe(0);
        await NavigateAsync(page, "Audit log");
        await page.GetByLabel("Action").SelectOptionAsync("SignedIn");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        (await page.Locator("tbody").InnerTextAsync()).ShouldContain(PassageSite.OverseerName);
        await ShotAsync(page, "audit");

        // Add a user.
        await NavigateAsync(page, "Users");
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a user" }).ClickAsync();
        await page.GetByLabel("Email address (the user name)").FillAsync("darya.viewer@example.org");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Darya Viewer");
        await page.GetByLabel("Initial password").FillAsync("Passage-Demo-2");
        await page.GetByLabel("Viewer", new() { Exact = true }).CheckAsync();
        await ShotAsync(page, "add-user");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add user" }).ClickAsync();
        (await page.Locator("tbody").InnerTextAsync()).ShouldContain("darya.viewer@example.org");
        await ShotAsync(page, "users");

        // A personal API token is shown once.
        await NavigateAsync(page, "My API tokens");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("monthly audit export");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create token" }).ClickAsync();
        (await page.Locator(".secret").InnerTextAsync()).ShouldStartWith("psg_");
        await ShotAsync(page, "tokens");

        // A person is "not found" to a role that may not see persons.
        await page.GotoAsync(site.Address + "/Persons/" + Guid.NewGuid());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Not found" }));
        await ShotAsync(page, "not-found");
    }

    private static async Task MoveAsync(IPage page, string to, string reason)
    {
        await page.GetByLabel(to, new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Reason").FillAsync(reason);
        await page.GetByRole(AriaRole.Button, new() { Name = "Change status" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).GetByText($"The case moved to {to}.", new() { Exact = true }));
    }

    private static async Task ShotAsync(IPage page, string name, bool fullPage = true)
    {
        if (ScreenshotFolder is not null)
        {
            Directory.CreateDirectory(ScreenshotFolder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = fullPage });
        }
    }
}
