using System.Net;
using Passage.Core.Accounts;
using Passage.Testing;

namespace Passage.Web.Tests.Api;

public sealed class AuditApiTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task SearchAudit_Auditor_FindsTheViewOfAPerson(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var person = await factory.RegisterPersonAsync();
        using (var registration = await factory.ApiClientAsync("fatemeh.karimi", Roles.Registration))
        {
            (await registration.GetAsync($"/api/v1/persons/{person.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var auditor = await factory.ApiClientAsync("maryam.auditor", Roles.Auditor);
        using var response = await auditor.GetAsync($"/api/v1/audit?action=Viewed&entityId={person.Id}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var item = (await response.JsonAsync()).GetProperty("items")[0];
        item.GetProperty("userName").GetString().ShouldBe("fatemeh.karimi");
        item.GetProperty("entityType").GetString().ShouldBe("Person");
    }

    [Theory]
    [InlineData(Roles.Registration)]
    [InlineData(Roles.Protection)]
    [InlineData(Roles.Security)]
    [InlineData(Roles.Viewer)]
    [InlineData(Roles.Administrator)]
    public async Task SearchAudit_NotAuditor_IsForbidden(string role)
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        using var api = await factory.ApiClientAsync("user." + role.ToLowerInvariant(), role);

        using var response = await api.GetAsync("/api/v1/audit");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
