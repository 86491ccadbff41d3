using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Testing;

namespace Passage.Web.Tests.Api;

/// <summary>
/// An API write sent again with the same Idempotency-Key (a client that lost the first answer) is kept once and answered the
/// same; the key reused for another request is refused; a write without a key works as before.
/// </summary>
public sealed class IdempotencyKeyTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task SameKeyTwice_RegistersThePersonOnce_AndAnswersTheFirstAnswerAgain(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        using var api = await factory.ApiClientAsync("fatemeh.karimi", Roles.Registration);
        var person = PassageWebFactory.SampleDetails("Parisa", "Jafari", "1990-02");

        using var first = await SendAsync(api, HttpMethod.Post, "/api/v1/persons", person, "c0d1-registration-1");
        using var again = await SendAsync(api, HttpMethod.Post, "/api/v1/persons", person, "c0d1-registration-1");

        first.StatusCode.ShouldBe(HttpStatusCode.Created, await first.Content.ReadAsStringAsync());
        again.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await again.Content.ReadAsStringAsync()).ShouldBe(await first.Content.ReadAsStringAsync());
        again.Headers.Location.ShouldBe(first.Headers.Location);
        again.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        first.Headers.Contains("Idempotent-Replayed").ShouldBeFalse();
        (await factory.WithDbAsync(db => db.Persons.CountAsync(p => p.FamilyName == "Jafari"))).ShouldBe(1);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task SameKeyTwice_RaisesThePledgeOnce_ThroughTheUseCasesOwnTransaction(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        using var api = await factory.ApiClientAsync("sara.ahmadi", Roles.Resettlement);
        var pledge = await (await api.PostJsonAsync("/api/v1/pledges", new { countryCode = "DE", places = 10, pledgedOn = "2026-01-10", categories = "Any" })).JsonAsync();
        var raise = new { places = 5, on = "2026-02-01", reason = "Letter of 1 February" };
        var path = $"/api/v1/pledges/{pledge.GetProperty("id").GetGuid()}/raises";

        using var first = await SendAsync(api, HttpMethod.Post, path, raise, "raise-de-2026-02");
        using var again = await SendAsync(api, HttpMethod.Post, path, raise, "raise-de-2026-02");

        first.StatusCode.ShouldBe(HttpStatusCode.OK, await first.Content.ReadAsStringAsync());
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.JsonAsync()).GetProperty("places").GetInt32().ShouldBe(15);
        var pledges = await (await api.GetAsync("/api/v1/pledges")).JsonAsync();
        pledges[0].GetProperty("places").GetInt32().ShouldBe(15, "raised by 5 once, not twice");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task SameKeyWithAnotherBody_IsRefusedWithAProblem_AndWritesNothing(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        using var api = await factory.ApiClientAsync("fatemeh.karimi", Roles.Registration);

        using var first = await SendAsync(api, HttpMethod.Post, "/api/v1/persons", PassageWebFactory.SampleDetails("Parisa", "Jafari", "1990-02"), "reused-key");
        using var other = await SendAsync(api, HttpMethod.Post, "/api/v1/persons", PassageWebFactory.SampleDetails("Kamran", "Sadeghi", "1961"), "reused-key");

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        other.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        other.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await other.JsonAsync()).GetProperty("title").GetString().ShouldBe("This Idempotency-Key was used for a different request.");
        (await factory.WithDbAsync(db => db.Persons.CountAsync(p => p.FamilyName == "Sadeghi"))).ShouldBe(0);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task WritesWithoutAKey_AreEachKept_AndLeaveNoRecord(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        using var api = await factory.ApiClientAsync("sara.ahmadi", Roles.Resettlement);
        var pledge = new { countryCode = "AL", places = 210, pledgedOn = "2026-01-10", categories = "Any" };

        using var first = await api.PostJsonAsync("/api/v1/pledges", pledge);
        using var second = await api.PostJsonAsync("/api/v1/pledges", pledge);

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await factory.WithDbAsync(db => db.Pledges.CountAsync(p => p.CountryCode == "AL"))).ShouldBe(2, "two writes without a key are two pledges");
        (await factory.WithDbAsync(db => db.IdempotencyRecords.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task TheSameKeyOfAnotherUser_IsTheirOwn()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        using var first = await factory.ApiClientAsync("sara.ahmadi", Roles.Resettlement);
        using var second = await factory.ApiClientAsync("reza.karimi", Roles.Resettlement);

        using var one = await SendAsync(first, HttpMethod.Post, "/api/v1/pledges", new { countryCode = "AL", places = 210, pledgedOn = "2026-01-10", categories = "Any" }, "key-1");
        using var two = await SendAsync(second, HttpMethod.Post, "/api/v1/pledges", new { countryCode = "DE", places = 97, pledgedOn = "2026-01-10", categories = "Any" }, "key-1");

        one.StatusCode.ShouldBe(HttpStatusCode.OK);
        two.StatusCode.ShouldBe(HttpStatusCode.OK);
        two.Headers.Contains("Idempotent-Replayed").ShouldBeFalse();
        (await factory.WithDbAsync(db => db.Pledges.CountAsync())).ShouldBe(2);
    }

    internal static Task<HttpResponseMessage> SendAsync<T>(HttpClient api, HttpMethod method, string path, T body, string key)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return api.SendAsync(request);
    }
}
