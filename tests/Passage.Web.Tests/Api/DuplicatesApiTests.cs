using System.Net;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Testing;

namespace Passage.Web.Tests.Api;

public sealed class DuplicatesApiTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RegisterPerson_LikelyDuplicate_Answers409WithTheCandidatesUntilConfirmedDistinct(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var existing = await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails("Mohammad", "Hosseini", "1984-03"));
        using var api = await factory.ApiClientAsync("fatemeh.karimi", Roles.Registration);
        var variant = PassageWebFactory.SampleDetails("Muhammad", "Husseini", "1984-03");

        using var refused = await api.PostJsonAsync("/api/v1/persons", variant);
        using var candidates = await api.PostJsonAsync("/api/v1/persons/duplicates", variant);
        using var confirmed = await api.PostJsonAsync($"/api/v1/persons?distinctFrom={existing.Id}&distinctReason=Another%20family", variant);

        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await refused.JsonAsync();
        problem.GetProperty("title").GetString().ShouldBe("This person may be registered already.");
        problem.GetProperty("duplicates")[0].GetProperty("registrationNumber").GetString().ShouldBe(existing.RegistrationNumber);
        (await candidates.JsonAsync())[0].GetProperty("result").GetProperty("explanation").GetArrayLength().ShouldBeGreaterThan(0);
        confirmed.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await factory.WithDbAsync(db => db.Persons.CountAsync())).ShouldBe(2);
    }
}
