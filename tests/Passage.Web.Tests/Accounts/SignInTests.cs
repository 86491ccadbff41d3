using System.Net;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Testing;

namespace Passage.Web.Tests.Accounts;

public sealed class SignInTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task SignIn_RightPassword_OpensPagesAndAuditsTheSignIn(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var user = await factory.CreateUserAsync("maryam.rahimi", Roles.Auditor);
        using var browser = factory.CreateBrowser();

        using var response = await PassageWebFactory.PostSignInAsync(browser, "maryam.rahimi", PassageWebFactory.Password);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe("/");
        var setCookie = string.Join("\n", response.Headers.GetValues("Set-Cookie"));
        setCookie.ShouldContain("httponly", Case.Insensitive);
        setCookie.ShouldContain("samesite=strict", Case.Insensitive);
        using var start = await browser.GetAsync(new Uri("/", UriKind.Relative));
        start.Headers.Location!.OriginalString.ShouldBe("/Audit");
        using var audit = await browser.GetAsync(start.Headers.Location);
        audit.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await audit.Content.ReadAsStringAsync()).ShouldContain("maryam.rahimi");
        var audited = await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditAction.SignedIn && a.EntityId == user.Id));
        audited.ShouldBeTrue();
    }

    [Fact]
    public async Task SignIn_OverHttps_UsesAHostPrefixedSecureCookie()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        await factory.CreateUserAsync("maryam.rahimi", Roles.Auditor);
        using var browser = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"),
            AllowAutoRedirect = false,
        });

        using var response = await PassageWebFactory.PostSignInAsync(browser, "maryam.rahimi", PassageWebFactory.Password);

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.Contains("Passage=", StringComparison.Ordinal));
        cookie.ShouldStartWith("__Host-Passage=");
        cookie.ShouldContain("secure", Case.Insensitive);
        cookie.ShouldContain("path=/", Case.Insensitive);
        using var start = await browser.GetAsync(new Uri("/Audit", UriKind.Relative));
        start.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task SignIn_WrongPassword_StaysOnFormAndAuditsTheFailure()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        var user = await factory.CreateUserAsync("hamid.moradi", Roles.Registration);
        using var browser = factory.CreateBrowser();

        using var response = await PassageWebFactory.PostSignInAsync(browser, "hamid.moradi", "not-the-password");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("The user name or password is not right.");
        var entry = await factory.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditAction.SignInFailed));
        entry.EntityId.ShouldBe(user.Id);
        (entry.Detail ?? "").ShouldNotContain("not-the-password");
    }

    [Fact]
    public async Task SignIn_FiveFailures_LocksTheAccountEvenForTheRightPassword()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        await factory.CreateUserAsync("leila.ahmadi", Roles.Registration);
        using var browser = factory.CreateBrowser();
        for (var i = 0; i < 5; i++)
        {
            using var failed = await PassageWebFactory.PostSignInAsync(browser, "leila.ahmadi", "wrong-" + i);
        }

        using var response = await PassageWebFactory.PostSignInAsync(browser, "leila.ahmadi", PassageWebFactory.Password);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("locked");
    }

    [Fact]
    public async Task SignIn_WithoutAntiforgeryToken_IsRejected()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        await factory.CreateUserAsync("sara.hosseini", Roles.Registration);
        using var browser = factory.CreateBrowser();
        await browser.GetStringAsync(new Uri("/Account/SignIn", UriKind.Relative));

        using var response = await browser.PostAsync(new Uri("/Account/SignIn", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "sara.hosseini",
            ["Password"] = PassageWebFactory.Password,
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Headers.Contains("Set-Cookie").ShouldBeFalse();
    }

    [Fact]
    public async Task SignOut_SignedIn_EndsTheSessionAndAuditsIt()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        using var browser = await factory.SignedInBrowserAsync("nasrin.jafari", Roles.Auditor);
        var page = await browser.GetStringAsync(new Uri("/Account/SignOut", UriKind.Relative));

        using var response = await browser.PostAsync(new Uri("/Account/SignOut", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PassageWebFactory.AntiforgeryToken(page),
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var after = await browser.GetAsync(new Uri("/", UriKind.Relative));
        after.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.Headers.Location!.ToString().ShouldContain("/Account/SignIn");
        (await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditAction.SignedOut))).ShouldBeTrue();
    }

    [Fact]
    public async Task Pages_NotSignedIn_RedirectToSignIn()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        using var browser = factory.CreateBrowser();

        using var response = await browser.GetAsync(new Uri("/Account/Tokens", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/SignIn");
    }
}
