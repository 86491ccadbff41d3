using System.Net;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Testing;

namespace Passage.Web.Tests.Pages;

public sealed class AccountPagesTests
{
    [Fact]
    public async Task TokensPage_Create_ShowsTheSecretOnceAndItWorksOnTheApi()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        using var browser = await factory.SignedInBrowserAsync("karim.script", Roles.Registration);

        using var response = await browser.PostFormAsync("/Account/Tokens?handler=Create",
            new Dictionary<string, string> { ["Name"] = "nightly", ["LifetimeDays"] = "30" });

        var html = await response.Content.ReadAsStringAsync();
        var secret = System.Text.RegularExpressions.Regex.Match(html, "psg_[A-Za-z0-9_-]+").Value;
        secret.ShouldNotBeEmpty();
        (await browser.GetPageAsync("/Account/Tokens")).ShouldNotContain(secret);
        using var api = factory.CreateClient();
        api.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", secret);
        (await api.GetAsync(new Uri("/api/v1/me", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AuditPage_Auditor_FindsSignIns()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        using var browser = await factory.SignedInBrowserAsync("maryam.auditor", Roles.Auditor);

        var html = await browser.GetPageAsync("/Audit?action=SignedIn");

        html.ShouldContain("maryam.auditor");
        html.ShouldContain("SignedIn");
    }

    [Fact]
    public async Task AddUserPage_Administrator_AddsAUserWhoCanSignIn()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        using var admin = await factory.SignedInBrowserAsync("admin", Roles.Administrator);

        using var response = await admin.PostFormAsync("/Admin/AddUser", new Dictionary<string, string>
        {
            ["Email"] = "shirin.tehrani@example.org",
            ["DisplayName"] = "Shirin Tehrani",
            ["Password"] = "Passage-Demo-1",
            ["Roles"] = Roles.Protection,
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await admin.GetPageAsync("/Admin/Users")).ShouldContain("shirin.tehrani@example.org");
        using var browser = factory.CreateBrowser();
        (await PassageWebFactory.PostSignInAsync(browser, "shirin.tehrani@example.org", "Passage-Demo-1")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.Created && a.EntityType == "PassageUser"))).ShouldBeGreaterThan(0);
    }
}
