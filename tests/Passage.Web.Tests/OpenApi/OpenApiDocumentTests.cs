using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Passage.Core.Accounts;
using Passage.Testing;
using Passage.Web.Tests.Api;

namespace Passage.Web.Tests.OpenApi;

/// <summary>
/// The API description a client generator reads: every operation has a unique id, a summary, the API token as its
/// security, and a problem details response for each failure it can give — and those are the answers the API gives.
/// </summary>
public sealed class OpenApiDocumentTests
{
    private const string ProblemJson = "application/problem+json";

    [Fact]
    public async Task EveryOperation_HasIdSummaryTokenAndProblemResponses()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        var document = await DocumentAsync(factory);

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("apiToken");
        scheme.GetProperty("type").GetString().ShouldBe("http");
        scheme.GetProperty("scheme").GetString().ShouldBe("bearer");
        var operations = Operations(document).ToList();
        operations.Count.ShouldBeGreaterThan(30);
        operations.ShouldAllBe(o => o.Statuses.Contains("401"), "every /api/v1 operation today needs a token");
        operations.Select(o => o.Id).ShouldBeUnique();
        foreach (var operation in operations)
        {
            var where = $"{operation.Method} {operation.Path}";
            operation.Id.ShouldMatch("^[A-Z][A-Za-z]*_[A-Z][A-Za-z0-9]*$", where);
            operation.Body.GetProperty("summary").GetString().ShouldNotBeNullOrWhiteSpace(where);
            if (operation.Statuses.Contains("401"))
            {
                JsonSerializer.Serialize(operation.Body.GetProperty("security")).ShouldBe("""[{"apiToken":[]}]""", where);
            }
            else
            {
                operation.Body.TryGetProperty("security", out _).ShouldBeFalse($"{where} is anonymous");
            }

            operation.Statuses.Any(s => s.StartsWith('2')).ShouldBeTrue(where);
            if (operation.Path.Contains('{', StringComparison.Ordinal))
            {
                operation.Statuses.ShouldContain("404", where);
            }

            foreach (var failure in operation.Statuses.Where(s => s[0] is '4'))
            {
                var content = operation.Body.GetProperty("responses").GetProperty(failure).GetProperty("content");
                content.EnumerateObject().Select(c => c.Name).ShouldBe([ProblemJson], $"{where} {failure}");
            }
        }
    }

    [Fact]
    public async Task Responses_FollowWhatEachEndpointRequiresAndCanRefuse()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        var operations = Operations(await DocumentAsync(factory)).ToDictionary(o => o.Id);

        // Any signed-in caller, nothing to validate: no 400, no 403.
        operations["Me_GetMe"].Statuses.ShouldBe(["200", "401"], ignoreOrder: true);

        // Any signed-in caller; a case the caller may not see answers 404 like a missing one.
        operations["Cases_Get"].Statuses.ShouldBe(["200", "401", "404"], ignoreOrder: true);

        // A permission (403) and a filter that can be invalid (400).
        operations["Persons_List"].Statuses.ShouldBe(["200", "400", "401", "403"], ignoreOrder: true);

        // The transition's guards refuse (422), a stale version conflicts (409).
        operations["Cases_Move"].Statuses.ShouldBe(["200", "400", "401", "404", "409", "422"], ignoreOrder: true);

        // The case is named in the body, not the route, and may not be found.
        operations["Referrals_Refer"].Statuses.ShouldBe(["200", "400", "401", "403", "404", "409", "422"], ignoreOrder: true);
        operations["Referrals_DossierPdf"].Body.GetProperty("responses").GetProperty("200").GetProperty("content")
            .TryGetProperty("application/pdf", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task InterviewDetails_DescribeTheInformedAnswerAReturnNeeds()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        var document = await DocumentAsync(factory);

        var informed = document.GetProperty("components").GetProperty("schemas").GetProperty("InterviewDetails")
            .GetProperty("properties").GetProperty("informedOfReturn");

        informed.GetProperty("description").GetString()!.ShouldStartWith("Required when the choice is ReturnToOriginCountry, ignored otherwise");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task DeclaredProblems_AreTheAnswersTheApiGives(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var operations = Operations(await DocumentAsync(factory)).ToDictionary(o => o.Id);
        var person = await factory.RegisterPersonAsync();
        using var viewer = await factory.ApiClientAsync("nasrin.viewer", Roles.Viewer);
        using var protection = await factory.ApiClientAsync("parisa.protection", Roles.Protection);
        using var anonymous = factory.CreateClient();
        var transitions = $"/api/v1/cases/{person.CaseId}/transitions";

        var answers = new (string Operation, HttpResponseMessage Response)[]
        {
            ("Persons_List", await anonymous.GetAsync("/api/v1/persons")),
            ("Audit_Search", await viewer.GetAsync("/api/v1/audit")),
            ("Persons_List", await protection.GetAsync("/api/v1/persons?page=many")),
            ("Cases_Get", await viewer.GetAsync($"/api/v1/cases/{Guid.NewGuid()}")),
            ("Cases_Move", await protection.PostJsonAsync(transitions, new { to = "Interviewed", reason = "Interviewed", expectedVersion = 1 })),
            ("Cases_Move", await protection.PostJsonAsync(transitions, new { to = "Accepted", reason = "Accepted", expectedVersion = 2 })),
        };

        answers.Select(a => (int)a.Response.StatusCode).ShouldBe([401, 403, 400, 404, 409, 422]);
        foreach (var (operation, response) in answers)
        {
            var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
            operations[operation].Statuses.ShouldContain(status, operation);
            response.Content.Headers.ContentType?.MediaType.ShouldBe(ProblemJson, $"{operation} {status}");
            (await response.JsonAsync()).GetProperty("status").GetInt32().ShouldBe((int)response.StatusCode);
            response.Dispose();
        }
    }

    internal static async Task<JsonElement> DocumentAsync(PassageWebFactory factory)
    {
        using var api = await factory.ApiClientAsync("karim.script", Roles.Viewer);
        using var response = await api.GetAsync("/openapi/v1.json");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.JsonAsync();
    }

    private static IEnumerable<Operation> Operations(JsonElement document) =>
        from path in document.GetProperty("paths").EnumerateObject()
        from method in path.Value.EnumerateObject()
        where method.Name is "get" or "put" or "post" or "delete" or "patch"
        select new Operation(
            method.Value.TryGetProperty("operationId", out var id) ? id.GetString() ?? "" : "",
            method.Name.ToUpperInvariant(),
            path.Name,
            method.Value,
            method.Value.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToList());

    private sealed record Operation(string Id, string Method, string Path, JsonElement Body, IReadOnlyList<string> Statuses);
}
