using System.Net;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Testing;

namespace Passage.Web.Tests.Api;

/// <summary>
/// A registration officer's script links two persons of different cases, reads the link from both sides and removes it; bad
/// input is a problem naming the field, and nothing is stored; other roles are refused.
/// </summary>
public sealed class FamilyLinksApiTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task FamilyLinks_AddedListedAndRemoved_ReadFromBothSidesAndAudited(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var father = await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails("Reza", "Karimi", "1960"));
        var daughter = await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails("Narges", "Karimi", "1992-04"));
        using var api = await factory.ApiClientAsync("fatemeh.registration", Roles.Registration);

        using var added = await api.PostJsonAsync($"/api/v1/persons/{father.Id}/family-links", new { relatedPerson = daughter.RegistrationNumber, relationship = "Child" });
        var fromFather = await (await api.GetAsync($"/api/v1/persons/{father.Id}/family-links")).JsonAsync();
        var fromDaughter = await (await api.GetAsync($"/api/v1/persons/{daughter.Id}/family-links")).JsonAsync();
        using var removed = await api.SendAsync(new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/persons/{daughter.Id}/family-links/{father.Id}"));
        using var again = await api.SendAsync(new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/persons/{daughter.Id}/family-links/{father.Id}"));
        var afterwards = await (await api.GetAsync($"/api/v1/persons/{father.Id}/family-links")).JsonAsync();

        added.StatusCode.ShouldBe(HttpStatusCode.OK, await added.Content.ReadAsStringAsync());
        var link = await added.JsonAsync();
        (link.GetProperty("registrationNumber").GetString(), link.GetProperty("relatedRegistrationNumber").GetString(), link.GetProperty("relationship").GetString(), link.GetProperty("sameCase").GetBoolean())
            .ShouldBe((father.RegistrationNumber, daughter.RegistrationNumber, "Child", false));
        (fromFather[0].GetProperty("registrationNumber").GetString(), fromFather[0].GetProperty("relationship").GetString()).ShouldBe((daughter.RegistrationNumber, "Child"));
        (fromDaughter[0].GetProperty("registrationNumber").GetString(), fromDaughter[0].GetProperty("relationship").GetString()).ShouldBe((father.RegistrationNumber, "Parent"));
        removed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        again.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        afterwards.GetArrayLength().ShouldBe(0);
        (await factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == "FamilyLink" && e.UserName == "fatemeh.registration")))
            .ShouldBe(2, "the link's creation and removal");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task FamilyLinks_BadInputOrAnotherRole_ProblemNamingTheFieldOrRefusedAndNothingStored(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var person = await factory.RegisterPersonAsync();
        using var api = await factory.ApiClientAsync("fatemeh.registration", Roles.Registration);
        using var protection = await factory.ApiClientAsync("leila.protection", Roles.Protection);

        using var nothing = await api.PostJsonAsync($"/api/v1/persons/{person.Id}/family-links", new { relatedPerson = "", relationship = (string?)null });
        using var self = await api.PostJsonAsync($"/api/v1/persons/{person.Id}/family-links", new { relatedPerson = person.RegistrationNumber, relationship = "Sibling" });
        using var unknownPerson = await api.PostJsonAsync($"/api/v1/persons/{Guid.NewGuid()}/family-links", new { relatedPerson = person.RegistrationNumber, relationship = "Sibling" });
        using var refused = await protection.PostJsonAsync($"/api/v1/persons/{person.Id}/family-links", new { relatedPerson = "PSG-000002", relationship = "Sibling" });

        nothing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        nothing.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var errors = (await nothing.JsonAsync()).GetProperty("errors");
        errors.GetProperty("Relationship")[0].GetString().ShouldBe("Choose what the other person is to this person.");
        errors.GetProperty("RelatedPerson")[0].GetString().ShouldBe("Enter the registration number of the family member, such as PSG-000123.");
        (await self.JsonAsync()).GetProperty("errors").GetProperty("RelatedPerson")[0].GetString().ShouldBe("A person cannot be linked to themselves.");
        unknownPerson.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.WithDbAsync(db => db.FamilyLinks.CountAsync())).ShouldBe(0);
    }
}
