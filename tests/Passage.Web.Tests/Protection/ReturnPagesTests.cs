using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Testing;
using Passage.Web.Tests.Pages;

namespace Passage.Web.Tests.Protection;

/// <summary>
/// A voluntary return on the pages: the protection officer asks for it after the resident's private interview and records the
/// origin country's acceptance and the travel documents on <c>/Protection/Returns</c>; the movement officer confirms the
/// departure on <c>/Movements</c>. Nobody else can confirm it.
/// </summary>
public sealed class ReturnPagesTests
{
    private static string Today => DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Departure_ConfirmedByTheMovementOfficerOnTheMovementsPage_DepartsTheCaseWithAMessageAndIsAudited(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        using var protection = await factory.SignedInBrowserAsync("parisa.protection", Roles.Protection);
        using var movement = await factory.SignedInBrowserAsync("babak.movement", Roles.Movement);
        using var resettlement = await factory.SignedInBrowserAsync("anna.resettlement", Roles.Resettlement);
        var (person, caseNumber) = await ReturnRequestedAsync(factory, protection, "Hassan", "Jafari", "1979");
        (await ProgressAsync(factory, protection, person.CaseId, documents: false)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var beforeDocuments = await movement.GetPageAsync("/Movements");
        (await ProgressAsync(factory, protection, person.CaseId, documents: true)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var waiting = await movement.GetPageAsync("/Movements");
        var protectionPage = await protection.GetPageAsync("/Protection/Returns");
        using var byProtection = await ConfirmAsync(factory, protection, "/Protection/Returns", person.CaseId);
        using var byResettlement = await ConfirmAsync(factory, resettlement, "/Movements", person.CaseId);
        var statusAfterOthers = await factory.CaseStatusAsync(person.CaseId);
        using var confirmed = await ConfirmAsync(factory, movement, "/Movements", person.CaseId);
        var after = await movement.GetPageAsync(confirmed.Headers.Location!.OriginalString);

        beforeDocuments.ShouldContain("No case is cleared to return.");
        waiting.ShouldContain($"<button type=\"submit\">Confirm departure of {caseNumber}</button>");
        waiting.ShouldContain($"<td>{Today}</td>");
        protectionPage.ShouldNotContain("Confirm departure");
        (byProtection.StatusCode, byResettlement.StatusCode).ShouldBe((HttpStatusCode.NotFound, HttpStatusCode.NotFound));
        statusAfterOthers.ShouldBe(CaseStatus.RepatriationCleared);
        confirmed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        confirmed.Headers.Location!.OriginalString.ShouldBe("/Movements");
        after.ShouldContain("Departure confirmed: the case left for the origin country and is now Departed.");
        after.ShouldContain($"href=\"/Cases/{person.CaseId}\">Open the case</a>");
        after.ShouldContain("No case is cleared to return.");
        (await factory.CaseStatusAsync(person.CaseId)).ShouldBe(CaseStatus.Departed);
        var audited = await factory.WithDbAsync(db => db.AuditEntries
            .Where(e => e.UserName == "babak.movement" && e.EntityType == nameof(Core.Cases.Case) && (e.Action == AuditAction.Updated || e.Action == AuditAction.Searched))
            .Select(e => new { e.Action, e.EntityId, e.Detail }).ToListAsync());
        audited.ShouldContain(e => e.Action == AuditAction.Updated && e.EntityId == person.CaseId.ToString());
        audited.ShouldContain(e => e.Action == AuditAction.Searched && e.Detail == $"returns to confirm shown: {caseNumber}");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Departure_OfACaseNotClearedOrChangedMeanwhile_IsRefusedOnThePageAndNothingChanges(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        using var protection = await factory.SignedInBrowserAsync("parisa.protection", Roles.Protection);
        using var movement = await factory.SignedInBrowserAsync("babak.movement", Roles.Movement);
        var (person, _) = await ReturnRequestedAsync(factory, protection, "Soraya", "Moradi", "1983");

        using var notCleared = await ConfirmAsync(factory, movement, "/Movements", person.CaseId);
        (await ProgressAsync(factory, protection, person.CaseId, documents: true)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var version = await VersionAsync(factory, person.CaseId);
        using var stale = await movement.PostFormAsync("/Movements?handler=ReturnDeparture", new Dictionary<string, string>
        {
            ["CaseId"] = person.CaseId.ToString(),
            ["Version"] = (version - 1).ToString(CultureInfo.InvariantCulture),
        });

        notCleared.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await notCleared.Content.ReadAsStringAsync()).ShouldContain("Only a case cleared to return departs through the repatriation flow; this case is Repatriation requested.");
        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await stale.Content.ReadAsStringAsync()).ShouldContain("Changed by someone else. Someone else changed this record after you opened it.");
        (await factory.CaseStatusAsync(person.CaseId)).ShouldBe(CaseStatus.RepatriationCleared);
        (await VersionAsync(factory, person.CaseId)).ShouldBe(version);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Request_AfterAPrivateInterviewNotConfirmedInformed_IsRefusedOnThePageNamingThePersonAndNothingChanges(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        using var protection = await factory.SignedInBrowserAsync("parisa.protection", Roles.Protection);
        var (person, caseNumber) = await ChoseReturnAsync(factory, protection, "Maryam", "Rahimi", "1985", informed: false);
        var registrationNumber = await factory.WithDbAsync(db => db.Persons.Where(p => p.Id == person.Id).Select(p => p.RegistrationNumber).SingleAsync());
        var version = await VersionAsync(factory, person.CaseId);

        using var refused = await protection.PostFormAsync("/Protection/Returns?handler=Request", new Dictionary<string, string> { ["CaseNumber"] = caseNumber });

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.Content.ReadAsStringAsync()).ShouldContain(
            $"No private interview recording an informed choice to return for: {registrationNumber}. Every adult must choose to return in an interview held alone with them");
        (await factory.CaseStatusAsync(person.CaseId)).ShouldBe(CaseStatus.Interviewed);
        (await VersionAsync(factory, person.CaseId)).ShouldBe(version);
    }

    /// <summary>A one-person case whose resident chose to return in a private interview, and whose return the protection officer asked for, on the pages.</summary>
    private static async Task<(Core.Registry.Person Person, string CaseNumber)> ReturnRequestedAsync(
        PassageWebFactory factory, HttpClient protection, string given, string family, string born)
    {
        var (person, caseNumber) = await ChoseReturnAsync(factory, protection, given, family, born, informed: true);
        (await protection.PostFormAsync("/Protection/Returns?handler=Request", new Dictionary<string, string> { ["CaseNumber"] = caseNumber })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return (person, caseNumber);
    }

    /// <summary>A one-person case whose resident chose to return in an interview held alone, recorded on the page with the informed answer given.</summary>
    private static async Task<(Core.Registry.Person Person, string CaseNumber)> ChoseReturnAsync(
        PassageWebFactory factory, HttpClient protection, string given, string family, string born, bool informed)
    {
        var person = await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails(given, family, born));
        var caseNumber = await factory.WithDbAsync(db => db.Cases.Where(c => c.Id == person.CaseId).Select(c => c.CaseNumber).SingleAsync());
        (await protection.PostFormAsync($"/Persons/{person.Id}/Interviews", new Dictionary<string, string>
        {
            ["Form.HeldOn"] = Today,
            ["Form.Interviewer"] = "Leila Karimi",
            ["Form.Language"] = "Persian",
            ["Form.InterviewedAlone"] = "true",
            ["Form.Choice"] = "ReturnToOriginCountry",
            ["Form.InformedOfReturn"] = informed ? "true" : "false",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return (person, caseNumber);
    }

    private static async Task<HttpResponseMessage> ProgressAsync(PassageWebFactory factory, HttpClient protection, Guid caseId, bool documents)
    {
        var fields = new Dictionary<string, string>
        {
            ["CaseId"] = caseId.ToString(),
            ["Version"] = (await VersionAsync(factory, caseId)).ToString(CultureInfo.InvariantCulture),
            ["OriginAccepted"] = "true",
            ["On"] = Today,
        };
        if (documents)
        {
            fields["DocumentsIssued"] = "true";
        }

        return await protection.PostFormAsync("/Protection/Returns?handler=Progress", fields);
    }

    private static async Task<HttpResponseMessage> ConfirmAsync(PassageWebFactory factory, HttpClient browser, string page, Guid caseId) =>
        await browser.PostFormAsync($"{page}?handler=" + (page == "/Movements" ? "ReturnDeparture" : "Departure"), new Dictionary<string, string>
        {
            ["CaseId"] = caseId.ToString(),
            ["Version"] = (await VersionAsync(factory, caseId)).ToString(CultureInfo.InvariantCulture),
        });

    private static Task<long> VersionAsync(PassageWebFactory factory, Guid caseId) =>
        factory.WithDbAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.Version).SingleAsync());
}
