using System.Net;
using Passage.Core.Accounts;
using Passage.Testing;
using Passage.Web.Tests.Api;

namespace Passage.Web.Tests.Hosting;

/// <summary>
/// Out-of-range and unreadable values thrown at every list and filter: the API answers 400 problem details naming the
/// field, a page shows a field message; nothing answers 500.
/// </summary>
public sealed class BadInputTests
{
    private static readonly string[] ApiUrls =
    [
        "/api/v1/persons?page=2147483647",
        "/api/v1/persons?page=0",
        "/api/v1/persons?page=99999999999",
        "/api/v1/persons?pageSize=1000000",
        "/api/v1/persons?status=Bogus",
        "/api/v1/persons?status=99",
        "/api/v1/persons?sex=7",
        "/api/v1/persons?ageBand=Ancient",
        "/api/v1/persons?q=%00",
        "/api/v1/persons?q=" + "%E2%80%AE" + "inieswoH",
        "/api/v1/persons?block=" + new string('B', 500),
        "/api/v1/persons/search?q=Hosseini&page=2147483647",
        "/api/v1/persons/search?q=Hosseini&pageSize=-1",
        "/api/v1/audit?from=9999-12-31",
        "/api/v1/audit?to=9999-12-31",
        "/api/v1/audit?from=0001-01-01",
        "/api/v1/audit?from=2026-13-45",
        "/api/v1/audit?action=Bogus",
        "/api/v1/audit?action=99",
        "/api/v1/audit?page=2147483647",
        "/api/v1/audit?pageSize=2147483647",
        "/api/v1/referrals?status=Bogus",
        "/api/v1/referrals?status=99",
        "/api/v1/referrals?pledgeId=not-a-guid",
    ];

    private static readonly string[] PageUrls =
    [
        "/Persons?page=2147483647",
        "/Persons?page=99999999999",
        "/Persons?status=Bogus",
        "/Persons?sex=9",
        "/Persons?q=%07",
        "/Audit?to=9999-12-31",
        "/Audit?from=0001-01-01",
        "/Audit?action=Bogus",
        "/Audit?page=2147483647",
        "/Duplicates?page=2147483647",
    ];

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task EveryListEndpoint_OutOfRangeOrUnreadableFilter_Answers400ProblemDetails(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider, new Dictionary<string, string> { ["Passage:RateLimits:Listing:Burst"] = "1000" });
        await factory.RegisterPersonAsync();
        using var api = await factory.ApiClientAsync("omid.tester", Roles.Registration, Roles.Resettlement, Roles.Auditor);

        var wrong = new List<string>();
        foreach (var url in ApiUrls)
        {
            using var response = await api.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.BadRequest || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                wrong.Add($"{url} → {(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType}");
            }
        }

        wrong.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task EveryListPage_OutOfRangeOrUnreadableFilter_ShowsAFieldMessage(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider, new Dictionary<string, string> { ["Passage:RateLimits:Listing:Burst"] = "1000" });
        await factory.RegisterPersonAsync();
        using var browser = await factory.SignedInBrowserAsync("omid.tester", Roles.Registration, Roles.Auditor);

        var wrong = new List<string>();
        foreach (var url in PageUrls)
        {
            using var response = await browser.GetAsync(url);
            var html = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.OK || !html.Contains("Correct the filters", StringComparison.Ordinal))
            {
                wrong.Add($"{url} → {(int)response.StatusCode}");
            }
        }

        wrong.ShouldBeEmpty();
        using var inbox = await (await factory.SignedInBrowserAsync("roya.resettlement", Roles.Resettlement)).GetAsync("/Referrals?status=Bogus");
        inbox.StatusCode.ShouldNotBe(HttpStatusCode.InternalServerError);
    }

    [Fact]
    public async Task Api_BodyOverTheLimit_IsRefusedWith413()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        using var api = await factory.ApiClientAsync("omid.tester", Roles.Registration);

        var body = System.Text.Json.JsonSerializer.Serialize(PassageWebFactory.SampleDetails() with { Aliases = [new string('a', 2 * 1024 * 1024)] });
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await api.PostAsync(new Uri("/api/v1/persons", UriKind.Relative), content);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await factory.WithDbAsync(db => Task.FromResult(db.Persons.Count()))).ShouldBe(0);
    }

    [Fact]
    public async Task Api_EnumAsANumber_IsRefusedNotStored()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        using var api = await factory.ApiClientAsync("roya.resettlement", Roles.Resettlement);

        using var response = await api.PostJsonAsync("/api/v1/pledges", new { countryCode = "DE", places = 10, pledgedOn = "2026-01-05", categories = 64 });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await factory.WithDbAsync(db => Task.FromResult(db.Pledges.Count()))).ShouldBe(0);
    }
}
