using System.Net;
using Passage.Core.Accounts;
using Passage.Testing;

namespace Passage.Web.Tests.Api;

public sealed class CasesApiTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task MoveCase_AllowedTransition_ChangesStatusAndShowsInHistory(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var person = await factory.RegisterPersonAsync();
        using var api = await factory.ApiClientAsync("parisa.protection", Roles.Protection);
        var version = (await (await api.GetAsync($"/api/v1/cases/{person.CaseId}")).JsonAsync()).GetProperty("version").GetInt64();

        using var response = await api.PostJsonAsync($"/api/v1/cases/{person.CaseId}/transitions",
            new { to = "OnHold", reason = "Protection concern under review", expectedVersion = version });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var history = await (await api.GetAsync($"/api/v1/cases/{person.CaseId}/history")).JsonAsync();
        var last = history[history.GetArrayLength() - 1];
        last.GetProperty("to").GetString().ShouldBe("OnHold");
        last.GetProperty("actorName").GetString().ShouldBe("parisa.protection");
    }

    [Fact]
    public async Task Transitions_Protection_OffersOnlyWhatTheRoleMayDo()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        var person = await factory.RegisterPersonAsync();
        using var api = await factory.ApiClientAsync("parisa.protection", Roles.Protection);

        var options = await (await api.GetAsync($"/api/v1/cases/{person.CaseId}/transitions")).JsonAsync();

        options.EnumerateArray().Select(o => o.GetProperty("to").GetString()).ShouldBe(
            ["OnHold", "Withdrawn"], ignoreOrder: true);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task MoveCase_TableRefuses_AnswersUnprocessableWithTheReason(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var person = await factory.RegisterPersonAsync();
        using var api = await factory.ApiClientAsync("omid.officer", Roles.Protection, Roles.Resettlement);
        await api.PostJsonAsync($"/api/v1/cases/{person.CaseId}/transitions", new { to = "OnHold", reason = "Concern", expectedVersion = 2 });

        using var response = await api.PostJsonAsync($"/api/v1/cases/{person.CaseId}/transitions",
            new { to = "Interviewed", reason = "Release into the interview", expectedVersion = 3 });

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var body = await response.JsonAsync();
        body.GetProperty("title").GetString().ShouldBe("The change was refused.");
        body.GetProperty("detail").GetString().ShouldBe("A case on hold goes back only to where it was (Registered).");
    }

    [Fact]
    public async Task MoveCase_StaleVersion_AnswersChangedBySomeoneElse()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        var person = await factory.RegisterPersonAsync();
        using var api = await factory.ApiClientAsync("parisa.protection", Roles.Protection);

        using var response = await api.PostJsonAsync($"/api/v1/cases/{person.CaseId}/transitions",
            new { to = "OnHold", reason = "Concern", expectedVersion = 1 });

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.JsonAsync()).GetProperty("title").GetString().ShouldBe("Changed by someone else.");
    }

    [Theory]
    [InlineData(Roles.Auditor)]
    [InlineData(Roles.Viewer)]
    [InlineData(Roles.Tracing)]
    [InlineData(Roles.Administrator)]
    public async Task GetCase_RoleWithoutCases_AnswersNotFound(string role)
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        var person = await factory.RegisterPersonAsync();
        using var api = await factory.ApiClientAsync("user." + role.ToLowerInvariant(), role);

        using var response = await api.GetAsync($"/api/v1/cases/{person.CaseId}");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.JsonAsync()).GetProperty("status").GetInt32().ShouldBe(404);
    }

    [Fact]
    public async Task MovePersonToCase_NewCase_RecordsTheMoveWithReason()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        var person = await factory.RegisterPersonAsync();
        using var api = await factory.ApiClientAsync("fatemeh.karimi", Roles.Registration);

        using var response = await api.PostJsonAsync($"/api/v1/persons/{person.Id}/case", new { targetCaseId = (Guid?)null, reason = "Married; own household" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.JsonAsync()).GetProperty("caseId").GetGuid().ShouldNotBe(person.CaseId);
    }
}
