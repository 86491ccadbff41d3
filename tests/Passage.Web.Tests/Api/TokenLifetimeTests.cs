using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Testing;
using Passage.Web.Tests.Pages;

namespace Passage.Web.Tests.Api;

/// <summary>A token never makes a token that outlives it, and every token made is audited with how it was made.</summary>
public sealed partial class TokenLifetimeTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task CreateToken_WithATokenEndingSooner_IsRefusedBeyondItsEnd(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var user = await factory.CreateUserAsync("karim.script", Roles.Registration);
        var parentEnds = DateTimeOffset.UtcNow.AddDays(10);
        using var api = Client(factory, await factory.CreateTokenAsync(user.Id, parentEnds));

        using var longer = await api.PostJsonAsync("/api/v1/me/tokens", new { name = "nightly", lifetimeDays = 30 });

        longer.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await longer.JsonAsync()).GetProperty("errors").GetProperty("LifetimeDays")[0].GetString()!.ShouldContain("cannot outlive it");
        (await factory.WithDbAsync(db => db.ApiTokens.CountAsync())).ShouldBe(1);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task CreateToken_WithAToken_EndsNoLaterThanItAndIsAuditedWithIt(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var user = await factory.CreateUserAsync("karim.script", Roles.Registration);
        var parentEnds = DateTimeOffset.UtcNow.AddDays(10);
        using var api = Client(factory, await factory.CreateTokenAsync(user.Id, parentEnds));
        var parentId = await factory.WithDbAsync(db => db.ApiTokens.Select(t => t.Id).SingleAsync());

        using var shorter = await api.PostJsonAsync("/api/v1/me/tokens", new { name = "hourly", lifetimeDays = 5 });
        using var unstated = await api.PostJsonAsync("/api/v1/me/tokens", new { name = "daily" });

        shorter.StatusCode.ShouldBe(HttpStatusCode.Created);
        unstated.StatusCode.ShouldBe(HttpStatusCode.Created);
        var defaultEnd = (await unstated.JsonAsync()).GetProperty("token").GetProperty("expiresAt").GetDateTimeOffset();
        defaultEnd.ShouldBeLessThanOrEqualTo(parentEnds.AddSeconds(1));
        var entries = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditAction.TokenCreated).ToListAsync());
        entries.Count.ShouldBe(2);
        entries.ShouldAllBe(a => a.UserName == "karim.script" && a.EntityType == nameof(ApiToken) && a.Detail!.Contains($"made with token {parentId}"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task TokensPage_Create_IsAuditedAsMadeInASession(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        using var browser = await factory.SignedInBrowserAsync("karim.script", Roles.Registration);

        using var response = await browser.PostFormAsync("/Account/Tokens?handler=Create",
            new Dictionary<string, string> { ["Name"] = "nightly", ["LifetimeDays"] = "30" });

        SecretPattern().IsMatch(await response.Content.ReadAsStringAsync()).ShouldBeTrue();
        var entry = await factory.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditAction.TokenCreated));
        entry.UserName.ShouldBe("karim.script");
        entry.Detail!.ShouldContain("made in a signed-in session");
        entry.Detail!.ShouldNotContain("psg_");
    }

    private static HttpClient Client(PassageWebFactory factory, string secret)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    [GeneratedRegex("psg_[A-Za-z0-9_-]+")]
    private static partial Regex SecretPattern();
}
