using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Testing;

namespace Passage.Web.Tests.Api;

public sealed class PersonsApiTests
{
    public static TheoryData<string> RolesWithoutBiodata =>
        new(Roles.All.Where(r => !AccessPolicy.RolesFor(Permission.ReadBiodata).Contains(r)));

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task GetPerson_Registration_ShowsBothScriptsNeedsAndAuditsTheView(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var person = await factory.RegisterPersonAsync();
        using var api = await factory.ApiClientAsync("fatemeh.karimi", Roles.Registration);

        using var response = await api.GetAsync($"/api/v1/persons/{person.Id}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.JsonAsync();
        body.GetProperty("givenName").GetString().ShouldBe("Mohammad");
        body.GetProperty("familyNameArabic").GetString().ShouldBe("حسینی");
        body.GetProperty("needs")[0].GetProperty("code").GetString().ShouldBe("SM");
        body.GetProperty("case").GetProperty("status").GetString().ShouldBe("Registered");
        var viewed = await factory.WithDbAsync(db => db.AuditEntries
            .Where(a => a.Action == AuditAction.Viewed && a.EntityId == person.Id.ToString()).Select(a => a.UserName).ToListAsync());
        viewed.ShouldBe(["fatemeh.karimi"]);
    }

    [Theory]
    [MemberData(nameof(RolesWithoutBiodata))]
    public async Task GetPerson_RoleWithoutBiodata_AnswersNotFoundLikeAMissingPerson(string role)
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        var person = await factory.RegisterPersonAsync();
        using var api = await factory.ApiClientAsync("user." + role.ToLowerInvariant(), role);

        using var existing = await api.GetAsync($"/api/v1/persons/{person.Id}");
        using var missing = await api.GetAsync($"/api/v1/persons/{Guid.NewGuid()}");

        existing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        WithoutTrace(await existing.JsonAsync()).ShouldBe(WithoutTrace(await missing.JsonAsync()));
        existing.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    private static string WithoutTrace(System.Text.Json.JsonElement problem) =>
        string.Join(";", problem.EnumerateObject().Where(p => p.Name != "traceId").Select(p => $"{p.Name}={p.Value}"));

    [Theory]
    [MemberData(nameof(RolesWithoutBiodata))]
    public async Task ListPersons_RoleWithoutBiodata_IsForbidden(string role)
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        await factory.RegisterPersonAsync();
        using var api = await factory.ApiClientAsync("user." + role.ToLowerInvariant(), role);

        using var response = await api.GetAsync("/api/v1/persons?q=Hosseini");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("Hosseini");
    }

    [Theory]
    [InlineData(Roles.Registration, "full")]
    [InlineData(Roles.Protection, "full")]
    [InlineData(Roles.Resettlement, "full")]
    [InlineData(Roles.Movement, "summary")]
    [InlineData(Roles.Security, "none")]
    public async Task GetPerson_RoleWithBiodata_SeesSpecificNeedsOnlyAsTheTableAllows(string role, string needs)
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        var person = await factory.RegisterPersonAsync();
        using var api = await factory.ApiClientAsync("user." + role.ToLowerInvariant(), role);

        var body = await (await api.GetAsync($"/api/v1/persons/{person.Id}")).JsonAsync();

        body.GetProperty("familyName").GetString().ShouldBe("Hosseini");
        var shown = body.GetProperty("needs").ValueKind != System.Text.Json.JsonValueKind.Null ? "full"
            : body.GetProperty("hasSpecificNeeds").ValueKind != System.Text.Json.JsonValueKind.Null ? "summary"
            : "none";
        shown.ShouldBe(needs);
    }

    [Fact]
    public async Task GetPerson_Movement_SeesBiodataAndOnlyThatThereAreNeeds()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        var person = await factory.RegisterPersonAsync();
        using var api = await factory.ApiClientAsync("reza.movement", Roles.Movement);

        var body = await (await api.GetAsync($"/api/v1/persons/{person.Id}")).JsonAsync();

        body.GetProperty("registrationNumber").GetString().ShouldBe(person.RegistrationNumber);
        body.GetProperty("needs").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        body.GetProperty("hasSpecificNeeds").GetBoolean().ShouldBeTrue();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ListPersons_SearchByNamePrefix_FindsThePersonWithTotal(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var person = await factory.RegisterPersonAsync();
        await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails("Zahra", "Rahimi", "1990"));
        using var api = await factory.ApiClientAsync("fatemeh.karimi", Roles.Registration);

        var body = await (await api.GetAsync("/api/v1/persons/search?q=hossei")).JsonAsync();

        body.GetProperty("total").GetInt32().ShouldBe(1);
        body.GetProperty("items")[0].GetProperty("id").GetGuid().ShouldBe(person.Id);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RegisterPerson_BadDate_AnswersValidationProblemAndSavesNothing(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        using var api = await factory.ApiClientAsync("fatemeh.karimi", Roles.Registration);

        using var response = await api.PostJsonAsync("/api/v1/persons", PassageWebFactory.SampleDetails(birth: "1984-13"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var body = await response.JsonAsync();
        body.GetProperty("errors").GetProperty("BirthDate")[0].GetString().ShouldBe("The month must be between 01 and 12.");
        (await factory.WithDbAsync(db => db.Persons.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task RegisterPerson_ValidDetails_IssuesARegistrationNumber()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        using var api = await factory.ApiClientAsync("fatemeh.karimi", Roles.Registration);

        using var response = await api.PostJsonAsync("/api/v1/persons", PassageWebFactory.SampleDetails());

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var body = await response.JsonAsync();
        body.GetProperty("registrationNumber").GetString().ShouldStartWith("PSG-");
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/persons/{body.GetProperty("id").GetGuid()}");
    }

    [Fact]
    public async Task RegisterPerson_WithSignInCookieInsteadOfToken_IsRefused()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        using var browser = await factory.SignedInBrowserAsync("fatemeh.karimi", Roles.Registration);

        using var response = await browser.PostAsJsonAsync(new Uri("/api/v1/persons", UriKind.Relative), PassageWebFactory.SampleDetails());

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await factory.WithDbAsync(db => db.Persons.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task UpdatePerson_StaleVersion_AnswersConflictAndKeepsTheOtherChange()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        var person = await factory.RegisterPersonAsync();
        using var api = await factory.ApiClientAsync("fatemeh.karimi", Roles.Registration);
        using var first = await api.PutAsJsonAsync(new Uri($"/api/v1/persons/{person.Id}", UriKind.Relative),
            new { expectedVersion = person.Version, person = PassageWebFactory.SampleDetails(given: "Muhammad") });
        first.StatusCode.ShouldBe(HttpStatusCode.OK);

        using var second = await api.PutAsJsonAsync(new Uri($"/api/v1/persons/{person.Id}", UriKind.Relative),
            new { expectedVersion = person.Version, person = PassageWebFactory.SampleDetails(given: "Mohamed") });

        second.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await second.JsonAsync()).GetProperty("title").GetString().ShouldBe("Changed by someone else.");
        (await factory.WithDbAsync(db => db.Persons.Select(p => p.GivenName).SingleAsync())).ShouldBe("Muhammad");
    }
}
