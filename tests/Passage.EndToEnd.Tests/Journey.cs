using Microsoft.Playwright;

namespace Passage.EndToEnd.Tests;

/// <summary>What every journey does in the browser: sign in and out, follow the main navigation, wait for what a user would see.</summary>
internal static class Journey
{
    public static async Task SignInAsync(IPage page, PassageSite site, string userName)
    {
        await page.GotoAsync(site.Address + "/");
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(PassageSite.OfficerPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    public static async Task SignOutAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" }));
    }

    public static ILocator Navigation(IPage page) => page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });

    public static Task NavigateAsync(IPage page, string link) =>
        Navigation(page).GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();

    public static Task Expect(ILocator locator) => locator.First.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
}
