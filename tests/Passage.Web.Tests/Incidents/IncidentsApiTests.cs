using System.Net;
using Passage.Core.Accounts;
using Passage.Testing;
using Passage.Web.Tests.Api;
using Passage.Web.Tests.Pages;

namespace Passage.Web.Tests.Incidents;

/// <summary>
/// Casualties through the API and the pages: the security officer records and reads who was hurt; everyone else of the
/// operation sees how many, opens one casualty only by stating a reason, and finds nothing else changed about the person.
/// </summary>
public sealed class IncidentsApiTests
{
    private const string Reason = "A resident's brother asks at the gate whether she is among the injured of this morning";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task SearchAndRecord_AboutACasualty_AnswerExactlyAsBeforeTheIncident(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var person = await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails("Maryam", "Sadeghi", "1990-02"));
        using var security = await factory.ApiClientAsync("kaveh.security", Roles.Security);
        using var registration = await factory.ApiClientAsync("reza.registration", Roles.Registration);
        using var protection = await factory.ApiClientAsync("parisa.protection", Roles.Protection);
        var paths = new[] { "/api/v1/persons/search?q=Maryam%20Sadeghi", $"/api/v1/persons/{person.Id}", $"/api/v1/cases/{person.CaseId}", $"/api/v1/cases/{person.CaseId}/history" };

        var before = await AnswersAsync([registration, protection], paths);
        var incident = await IncidentAsync(security);
        using var recorded = await security.PostJsonAsync($"/api/v1/incidents/{incident}/casualties",
            new { registrationNumber = person.RegistrationNumber, outcome = "Injured", medicalFollowUp = "Burns, camp clinic" });
        var after = await AnswersAsync([registration, protection], paths);

        recorded.StatusCode.ShouldBe(HttpStatusCode.OK);
        after.ShouldBe(before);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Incident_OtherStaffGetCountsOnly_AndOpenOneCasualtyByStatingAReason(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var person = await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails("Maryam", "Sadeghi", "1990-02"));
        using var security = await factory.ApiClientAsync("kaveh.security", Roles.Security);
        using var tracing = await factory.ApiClientAsync("nasrin.tracing", Roles.Tracing);
        var incident = await IncidentAsync(security);
        using var recorded = await security.PostJsonAsync($"/api/v1/incidents/{incident}/casualties",
            new { registrationNumber = person.RegistrationNumber, outcome = "Killed" });
        var casualty = (await recorded.JsonAsync()).GetProperty("id").GetGuid();

        var forSecurity = await (await security.GetAsync($"/api/v1/incidents/{incident}")).Content.ReadAsStringAsync();
        using var forTracing = await tracing.GetAsync($"/api/v1/incidents/{incident}");
        var list = await (await tracing.GetAsync("/api/v1/incidents")).Content.ReadAsStringAsync();
        using var closed = await tracing.GetAsync($"/api/v1/casualties/{casualty}");
        using var missing = await tracing.GetAsync($"/api/v1/casualties/{Guid.NewGuid()}");
        using var opened = await tracing.PostJsonAsync("/api/v1/break-glass", new { recordKind = "Casualty", recordId = casualty, reason = Reason });
        using var open = await tracing.GetAsync($"/api/v1/casualties/{casualty}");

        forSecurity.ShouldContain("Sadeghi");
        var tracingBody = await forTracing.Content.ReadAsStringAsync();
        tracingBody.ShouldNotContain("Sadeghi");
        tracingBody.ShouldNotContain(person.RegistrationNumber);
        (await forTracing.JsonAsync()).GetProperty("killed").GetInt32().ShouldBe(1);
        list.ShouldContain("\"killed\":1");
        list.ShouldNotContain("Sadeghi");
        closed.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var (closedProblem, missingProblem) = (await closed.JsonAsync(), await missing.JsonAsync());
        (closedProblem.GetProperty("title").GetString(), closedProblem.GetProperty("status").GetInt32())
            .ShouldBe((missingProblem.GetProperty("title").GetString(), missingProblem.GetProperty("status").GetInt32()));
        opened.StatusCode.ShouldBe(HttpStatusCode.Created);
        opened.Headers.Location!.ToString().ShouldBe($"/api/v1/casualties/{casualty}");
        (await open.JsonAsync()).GetProperty("name").GetString().ShouldBe("Maryam Sadeghi");
        (await factory.CaseStatusAsync(person.CaseId)).ShouldBe(Core.Cases.CaseStatus.Deceased);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Pages_SecurityRecordsIncidentAndCasualty_ViewerSeesHowManyAndTheEmergencyForm(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var person = await factory.RegisterPersonAsync(PassageWebFactory.SampleDetails("Maryam", "Sadeghi", "1990-02"));
        using var security = await factory.SignedInBrowserAsync("kaveh.security", Roles.Security);
        using var viewer = await factory.SignedInBrowserAsync("shirin.viewer", Roles.Viewer);

        await security.GetPageAsync("/Incidents");
        using var bad = await security.PostFormAsync("/Incidents", new Dictionary<string, string> { ["OccurredAt"] = "2026-01-05T06:30", ["Location"] = "" });
        using var made = await security.PostFormAsync("/Incidents", new Dictionary<string, string>
        {
            ["OccurredAt"] = "2026-01-05T06:30",
            ["Type"] = "IndirectFire",
            ["Location"] = "Block B",
            ["Sources"] = "Block B representative",
        });
        var page = made.Headers.Location!.ToString();
        await security.GetPageAsync(page);
        using var added = await security.PostFormAsync(page, new Dictionary<string, string> { ["RegistrationNumber"] = person.RegistrationNumber, ["Outcome"] = "Injured" });
        var securityPage = WebUtility.HtmlDecode(await security.GetPageAsync(page));
        var viewerPage = WebUtility.HtmlDecode(await viewer.GetPageAsync(page));
        var casualty = System.Text.RegularExpressions.Regex.Match(viewerPage, "/Casualties/([0-9a-f-]{36})").Groups[1].Value;
        using var notAllowed = await viewer.GetAsync($"/Casualties/{casualty}");

        var badPage = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        badPage.ShouldContain("Choose the kind of incident.");
        badPage.ShouldContain("Say where in the camp it happened");
        made.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        securityPage.ShouldContain("Maryam Sadeghi");
        securityPage.ShouldContain("Block B representative");
        viewerPage.ShouldContain("<dt>Injured</dt><dd>1</dd>");
        viewerPage.ShouldNotContain("Sadeghi");
        viewerPage.ShouldNotContain("Block B representative");
        notAllowed.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await notAllowed.Content.ReadAsStringAsync()).ShouldContain("who this casualty is");
    }

    private static async Task<Guid> IncidentAsync(HttpClient security)
    {
        using var made = await security.PostJsonAsync("/api/v1/incidents", new
        {
            occurredAt = DateTimeOffset.UtcNow.AddHours(-2),
            type = "IndirectFire",
            location = "Block B",
            sources = "Camp clinic",
        });
        made.StatusCode.ShouldBe(HttpStatusCode.OK, await made.Content.ReadAsStringAsync());
        return (await made.JsonAsync()).GetProperty("id").GetGuid();
    }

    private static async Task<List<string>> AnswersAsync(HttpClient[] clients, string[] paths)
    {
        var answers = new List<string>();
        foreach (var client in clients)
        {
            foreach (var path in paths)
            {
                using var response = await client.GetAsync(path);
                answers.Add($"{path} {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }

        return answers;
    }
}
