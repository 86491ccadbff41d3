using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Testing;
using Passage.Web.Tests.Api;

namespace Passage.Web.Tests.Hosting;

/// <summary>How the application is hosted: caching, hosts, shared keys between processes, and what an empty database gets.</summary>
public sealed class HostingTests
{
    [Fact]
    public async Task ApiAnswersAndPages_AreNeverStoredByACache_OurStaticFilesMayBe()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        using var api = await factory.ApiClientAsync("karim.script", Roles.Registration);
        using var browser = await factory.SignedInBrowserAsync("fatemeh.karimi", Roles.Registration);

        using var list = await api.GetAsync("/api/v1/persons");
        using var missing = await api.GetAsync($"/api/v1/persons/{Guid.NewGuid()}");
        using var page = await browser.GetAsync(new Uri("/Persons", UriKind.Relative));
        using var css = await browser.GetAsync(new Uri("/css/site.css", UriKind.Relative));

        list.Headers.CacheControl!.NoStore.ShouldBeTrue();
        missing.Headers.CacheControl!.NoStore.ShouldBeTrue();
        page.Headers.CacheControl!.NoStore.ShouldBeTrue();
        css.StatusCode.ShouldBe(HttpStatusCode.OK);
        (css.Headers.CacheControl?.NoStore ?? false).ShouldBeFalse();
    }

    [Fact]
    public async Task ForgedHostHeader_IsRefusedAndNeverSteersTheSignInRedirect()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        using var browser = factory.CreateBrowser();

        using var forged = new HttpRequestMessage(HttpMethod.Get, "/Persons");
        forged.Headers.Host = "evil.example";
        using var refused = await browser.SendAsync(forged);
        using var allowed = await browser.GetAsync(new Uri("/Persons", UriKind.Relative));

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        refused.Headers.Location.ShouldBeNull();
        allowed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        allowed.Headers.Location!.ToString().ShouldNotContain("evil.example");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task TwoWebProcessesOnOneDatabase_AcceptEachOthersSignInAndForms(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        using var first = new PassageWebFactory(database);
        using var second = new PassageWebFactory(database);
        await first.CreateUserAsync("fatemeh.karimi", Roles.Registration);
        var cookies = new System.Net.CookieContainer();
        using var firstBrowser = first.CreateDefaultClient(new CookieContainerHandler(cookies));
        using var secondBrowser = second.CreateDefaultClient(new CookieContainerHandler(cookies));

        (await PassageWebFactory.PostSignInAsync(firstBrowser, "fatemeh.karimi", PassageWebFactory.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var list = await secondBrowser.GetAsync(new Uri("/Persons", UriKind.Relative));
        var form = await firstBrowser.GetStringAsync(new Uri("/Persons/Register", UriKind.Relative));
        using var posted = await secondBrowser.PostAsync(new Uri("/Persons/Register", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.GivenName"] = "Golnar",
            ["__RequestVerificationToken"] = PassageWebFactory.AntiforgeryToken(form),
        }));

        list.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await list.Content.ReadAsStringAsync()).ShouldContain("<h1>Registry</h1>");
        posted.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await posted.Content.ReadAsStringAsync()).ShouldContain("The person was not registered.");
        await using var db = database.CreateContext();
        (await db.DataProtectionKeys.CountAsync()).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task EmptyDatabase_OutsideDevelopment_GetsNoDemoAndNoAccounts()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite, new Dictionary<string, string>
        {
            ["environment"] = "Production",
            ["Passage:Demo"] = "true",
            ["Passage:DemoPersons"] = "20",
        });

        using var health = await factory.CreateClient().GetAsync(new Uri("/health", UriKind.Relative));

        health.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await factory.WithDbAsync(db => db.Persons.CountAsync())).ShouldBe(0);
        (await factory.WithDbAsync(db => db.Users.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task EmptyDatabase_InDevelopment_GetsTheDemoOperation()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite, new Dictionary<string, string>
        {
            ["Passage:Demo"] = "true",
            ["Passage:DemoPersons"] = "20",
        });

        using var health = await factory.CreateClient().GetAsync(new Uri("/health", UriKind.Relative));

        health.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await factory.WithDbAsync(db => db.Persons.CountAsync())).ShouldBeGreaterThanOrEqualTo(20);
        (await factory.WithDbAsync(db => db.Users.CountAsync())).ShouldBeGreaterThan(0);
    }
}
