using System.Net;
using System.Net.Http.Headers;
using Passage.Core.Accounts;
using Passage.Testing;
using Passage.Web.Tests.Pages;

namespace Passage.Web.Tests.Accounts;

/// <summary>
/// Sign-out, a password change, a role change and a lock end every session of the user at once: an old cookie,
/// replayed unchanged, is sent to sign in again.
/// </summary>
public sealed class SessionEndTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task SignOut_InOneBrowser_EndsTheUsersOtherSessionsToo(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        using var browser = await factory.SignedInBrowserAsync("nasrin.jafari", Roles.Registration);
        using var other = await Sessions.SignInAsync(factory, "nasrin.jafari");
        (await other.IsSignedInAsync()).ShouldBeTrue();

        using var signedOut = await browser.PostFormAsync("/Account/SignOut", new Dictionary<string, string>());

        signedOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await other.IsSignedInAsync()).ShouldBeFalse();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task SignOut_ReplayingTheSignedOutCookie_IsSentToSignIn(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        await factory.CreateUserAsync("nasrin.jafari", Roles.Registration);
        using var session = await Sessions.SignInAsync(factory, "nasrin.jafari");

        using var signedOut = await session.PostFormAsync("/Account/SignOut", new Dictionary<string, string>());

        signedOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await session.IsSignedInAsync()).ShouldBeFalse();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task PasswordChange_EndsOtherSessionsAndTokens_KeepsTheBrowserThatChangedIt(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var user = await factory.CreateUserAsync("hamid.moradi", Roles.Registration);
        using var old = await Sessions.SignInAsync(factory, "hamid.moradi");
        var secret = await factory.CreateTokenAsync(user.Id);
        using var browser = factory.CreateBrowser();
        await PassageWebFactory.PostSignInAsync(browser, "hamid.moradi", PassageWebFactory.Password);

        using var changed = await browser.PostFormAsync("/Account/Password", new Dictionary<string, string>
        {
            ["Current"] = PassageWebFactory.Password,
            ["New"] = "Another-horse-8",
            ["Confirm"] = "Another-horse-8",
        });

        (await changed.Content.ReadAsStringAsync()).ShouldContain("Your password was changed.");
        (await old.IsSignedInAsync()).ShouldBeFalse();
        (await browser.GetAsync(new Uri("/Account/Tokens", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var api = factory.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        (await api.GetAsync(new Uri("/api/v1/me", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var renewed = await Sessions.SignInAsync(factory, "hamid.moradi", "Another-horse-8");
        (await renewed.IsSignedInAsync()).ShouldBeTrue();
    }

    [Fact]
    public async Task PasswordChange_WrongCurrentPassword_SaysSoAndChangesNothing()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        using var browser = await factory.SignedInBrowserAsync("hamid.moradi", Roles.Registration);
        using var other = await Sessions.SignInAsync(factory, "hamid.moradi");

        using var refused = await browser.PostFormAsync("/Account/Password", new Dictionary<string, string>
        {
            ["Current"] = "not-the-password",
            ["New"] = "Another-horse-8",
            ["Confirm"] = "Another-horse-8",
        });

        (await refused.Content.ReadAsStringAsync()).ShouldContain("The current password is not right.");
        (await other.IsSignedInAsync()).ShouldBeTrue();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RoleChange_ByAnAdministrator_EndsTheUsersSessions(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var officer = await factory.CreateUserAsync("sara.hosseini", Roles.Registration, Roles.Viewer);
        using var session = await Sessions.SignInAsync(factory, "sara.hosseini");
        (await session.IsSignedInAsync()).ShouldBeTrue();
        using var admin = await factory.SignedInBrowserAsync("kaveh.admin", Roles.Administrator);

        using var saved = await admin.PostFormAsync($"/Admin/Users/{officer.Id}", new Dictionary<string, string> { ["Roles[0]"] = Roles.Viewer });

        (await saved.Content.ReadAsStringAsync()).ShouldContain("Saved.");
        (await session.IsSignedInAsync()).ShouldBeFalse();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Lock_ByAnAdministrator_EndsSessionsAndTokensUntilUnlocked(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var officer = await factory.CreateUserAsync("sara.hosseini", Roles.Registration);
        using var session = await Sessions.SignInAsync(factory, "sara.hosseini");
        using var api = factory.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await factory.CreateTokenAsync(officer.Id));
        using var admin = await factory.SignedInBrowserAsync("kaveh.admin", Roles.Administrator);

        using var locked = await admin.PostFormAsync($"/Admin/Users/{officer.Id}",
            new Dictionary<string, string> { ["Roles[0]"] = Roles.Registration, ["Locked"] = "true" });

        (await locked.Content.ReadAsStringAsync()).ShouldContain("Saved.");
        (await admin.GetPageAsync("/Admin/Users")).ShouldContain("locked");
        (await session.IsSignedInAsync()).ShouldBeFalse();
        (await api.GetAsync(new Uri("/api/v1/me", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var browser = factory.CreateBrowser();
        (await PassageWebFactory.PostSignInAsync(browser, "sara.hosseini", PassageWebFactory.Password)).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var unlocked = await admin.PostFormAsync($"/Admin/Users/{officer.Id}", new Dictionary<string, string> { ["Roles[0]"] = Roles.Registration });

        (await api.GetAsync(new Uri("/api/v1/me", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PassageWebFactory.PostSignInAsync(browser, "sara.hosseini", PassageWebFactory.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Lockout_AfterFailedSignIns_EndsTheOpenSession()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        await factory.CreateUserAsync("leila.ahmadi", Roles.Registration);
        using var session = await Sessions.SignInAsync(factory, "leila.ahmadi");
        using var guesser = factory.CreateBrowser();

        for (var i = 0; i < 5; i++)
        {
            using var failed = await PassageWebFactory.PostSignInAsync(guesser, "leila.ahmadi", "wrong-" + i);
        }

        (await session.IsSignedInAsync()).ShouldBeFalse();
    }
}
