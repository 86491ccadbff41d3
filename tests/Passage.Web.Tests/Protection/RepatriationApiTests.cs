using System.Net;
using Passage.Core.Accounts;
using Passage.Core.Cases;
using Passage.Testing;
using Passage.Web.Tests.Api;

namespace Passage.Web.Tests.Protection;

/// <summary>
/// A voluntary return through the API: requested after a private interview, cleared with the origin country's acceptance
/// and travel documents, departed by the movement officer; refused to other roles and to a case without that interview.
/// </summary>
public sealed class RepatriationApiTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Return_RequestedClearedAndDeparted_ThroughTheApi(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var person = await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails("Hassan", "Jafari", "1979"));
        using var protection = await factory.ApiClientAsync("parisa.protection", Roles.Protection);
        using var movement = await factory.ApiClientAsync("babak.movement", Roles.Movement);
        using var registration = await factory.ApiClientAsync("omid.registration", Roles.Registration);
        (await protection.PostJsonAsync($"/api/v1/persons/{person.Id}/interviews", Interview("ReturnToOriginCountry", alone: true, informed: true))).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var byRegistration = await registration.PostJsonAsync($"/api/v1/cases/{person.CaseId}/repatriation", new { expectedVersion = await VersionAsync(factory, person.CaseId) });
        using var requested = await protection.PostJsonAsync($"/api/v1/cases/{person.CaseId}/repatriation", new { expectedVersion = await VersionAsync(factory, person.CaseId) });
        using var accepted = await ProgressAsync(factory, protection, person.CaseId, documents: false);
        var afterAcceptance = await factory.CaseStatusAsync(person.CaseId);
        using var cleared = await ProgressAsync(factory, protection, person.CaseId, documents: true);
        var afterDocuments = await factory.CaseStatusAsync(person.CaseId);
        using var byProtection = await protection.PostJsonAsync($"/api/v1/cases/{person.CaseId}/repatriation/departure", new { expectedVersion = await VersionAsync(factory, person.CaseId) });
        using var departed = await movement.PostJsonAsync($"/api/v1/cases/{person.CaseId}/repatriation/departure", new { expectedVersion = await VersionAsync(factory, person.CaseId) });

        byRegistration.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        requested.StatusCode.ShouldBe(HttpStatusCode.OK, await requested.Content.ReadAsStringAsync());
        (await requested.JsonAsync()).GetProperty("status").GetString().ShouldBe("RepatriationRequested");
        (await accepted.JsonAsync()).GetProperty("status").GetString().ShouldBe("RepatriationRequested");
        afterAcceptance.ShouldBe(CaseStatus.RepatriationRequested);
        (await cleared.JsonAsync()).GetProperty("status").GetString().ShouldBe("RepatriationCleared");
        afterDocuments.ShouldBe(CaseStatus.RepatriationCleared);
        byProtection.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        departed.StatusCode.ShouldBe(HttpStatusCode.OK, await departed.Content.ReadAsStringAsync());
        (await factory.CaseStatusAsync(person.CaseId)).ShouldBe(CaseStatus.Departed);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Request_WithoutAPrivateInterviewChoosingReturn_IsRefusedWithProblemDetails(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var person = await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails("Zahra", "Moradi", "1988"));
        var registrationNumber = await factory.WithDbAsync(db => Task.FromResult(db.Persons.Where(p => p.Id == person.Id).Select(p => p.RegistrationNumber).Single()));
        using var protection = await factory.ApiClientAsync("parisa.protection", Roles.Protection);
        (await protection.PostJsonAsync($"/api/v1/persons/{person.Id}/interviews", Interview("ReturnToOriginCountry", alone: false, informed: true))).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var refused = await protection.PostJsonAsync($"/api/v1/cases/{person.CaseId}/repatriation", new { expectedVersion = await VersionAsync(factory, person.CaseId) });

        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        refused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await refused.JsonAsync()).GetProperty("detail").GetString().ShouldBe(
            $"No private interview recording an informed choice to return for: {registrationNumber}. Every adult must choose to return in an interview held alone with "
            + "them, and confirm it is their own decision after being told what return means and that they may withdraw the request at any time, before a return is requested.");
        (await factory.CaseStatusAsync(person.CaseId)).ShouldBe(CaseStatus.Interviewed);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Interview_ChoosingReturnWithoutTheInformedAnswer_IsRefusedWithProblemDetailsNamingTheField_AndNotInformedBlocksTheRequest(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var person = await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails("Reza", "Karimi", "1981"));
        using var protection = await factory.ApiClientAsync("parisa.protection", Roles.Protection);

        using var unstated = await protection.PostJsonAsync($"/api/v1/persons/{person.Id}/interviews", Interview("ReturnToOriginCountry", alone: true, informed: null));
        var countAfterUnstated = await factory.WithDbAsync(db => Task.FromResult(db.Interviews.Count()));
        using var notInformed = await protection.PostJsonAsync($"/api/v1/persons/{person.Id}/interviews", Interview("ReturnToOriginCountry", alone: true, informed: false));
        using var refused = await protection.PostJsonAsync($"/api/v1/cases/{person.CaseId}/repatriation", new { expectedVersion = await VersionAsync(factory, person.CaseId) });
        var record = await (await protection.GetAsync($"/api/v1/persons/{person.Id}/interviews")).JsonAsync();

        unstated.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        unstated.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await unstated.JsonAsync()).GetProperty("errors").GetProperty("InformedOfReturn")[0].GetString().ShouldBe(
            "Say whether the resident confirmed that return is their own decision, knowing what it means and that they may withdraw it; it is never assumed.");
        countAfterUnstated.ShouldBe(0);
        notInformed.StatusCode.ShouldBe(HttpStatusCode.OK);
        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        record.GetProperty("interviews")[0].GetProperty("record").GetProperty("informedOfReturn").GetBoolean().ShouldBeFalse();
        (await factory.CaseStatusAsync(person.CaseId)).ShouldBe(CaseStatus.Interviewed);
    }

    private static object Interview(string choice, bool alone, bool? informed) => new
    {
        heldOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1),
        interviewer = "Leila Karimi",
        interpreter = "Reza Ahmadi",
        language = "Persian",
        interviewedAlone = alone,
        othersPresent = alone ? null : "Her brother",
        choice,
        preferredCountries = Array.Empty<object>(),
        travelWith = Array.Empty<string>(),
        confidentialFromFamily = false,
        informedOfReturn = informed,
    };

    private static async Task<HttpResponseMessage> ProgressAsync(PassageWebFactory factory, HttpClient client, Guid caseId, bool documents) =>
        await client.PostJsonAsync($"/api/v1/cases/{caseId}/repatriation/progress", new
        {
            originAccepted = true,
            documentsIssued = documents,
            on = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1),
            note = documents ? "Laissez-passer issued by the embassy" : "Accepted by the origin country",
            expectedVersion = await VersionAsync(factory, caseId),
        });

    private static Task<long> VersionAsync(PassageWebFactory factory, Guid caseId) =>
        factory.WithDbAsync(db => Task.FromResult(db.Cases.Where(c => c.Id == caseId).Select(c => c.Version).Single()));
}
