using System.Net;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Testing;
using Passage.Web.Tests.Api;

namespace Passage.Web.Tests.Hosting;

/// <summary>Listing is limited per user and audited with its filter values and the registration numbers shown.</summary>
public sealed class ListingLimitsTests
{
    private static readonly Dictionary<string, string> ThreeLists = new()
    {
        ["Passage:RateLimits:Listing:Burst"] = "3",
        ["Passage:RateLimits:Listing:PerMinute"] = "1",
    };

    [Fact]
    public async Task Api_ListingPastTheLimit_Answers429WithAClearMessageForThatUserOnly()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite, ThreeLists);
        using var script = await factory.ApiClientAsync("karim.script", Roles.Registration);
        using var colleague = await factory.ApiClientAsync("fatemeh.karimi", Roles.Registration);

        for (var page = 1; page <= 3; page++)
        {
            (await script.GetAsync($"/api/v1/persons?page={page}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var refused = await script.GetAsync("/api/v1/persons?page=4");
        using var search = await script.GetAsync("/api/v1/persons/search?q=Hosseini");
        using var other = await colleague.GetAsync("/api/v1/persons");

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await refused.JsonAsync()).GetProperty("detail").GetString()!.ShouldContain("Wait a minute");
        refused.Headers.RetryAfter.ShouldNotBeNull();
        search.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        other.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Page_ListingPastTheLimit_ShowsWhyAndWhen()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite, ThreeLists);
        using var browser = await factory.SignedInBrowserAsync("fatemeh.karimi", Roles.Registration);

        for (var page = 1; page <= 3; page++)
        {
            (await browser.GetAsync(new Uri($"/Persons?page={page}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var refused = await browser.GetAsync(new Uri("/Persons?page=4", UriKind.Relative));
        using var person = await browser.GetAsync(new Uri("/Persons/Register", UriKind.Relative));

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("Too many lists or searches");
        person.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ListOrSearch_IsAuditedWithTheFilterValuesAndTheRegistrationNumbersShown(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var hosseini = await factory.RegisterPersonAsync();
        var rahimi = await factory.RegisterPersonAsync(new("Zahra", "Rahimi", "Ali", "زهرا", "رحیمی", "علی", "Female", "1990", "B7", "3", [], []));
        using var api = await factory.ApiClientAsync("karim.script", Roles.Registration);

        (await api.GetAsync("/api/v1/persons?block=B7&sex=Female")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var detail = await factory.WithDbAsync(db => db.AuditEntries
            .Where(a => a.Action == AuditAction.Searched && a.UserName == "karim.script").Select(a => a.Detail).SingleAsync()) ?? "";
        detail.ShouldContain("sex=Female");
        detail.ShouldContain("block=B7");
        detail.ShouldContain(rahimi.RegistrationNumber);
        detail.ShouldNotContain(hosseini.RegistrationNumber);
    }
}
