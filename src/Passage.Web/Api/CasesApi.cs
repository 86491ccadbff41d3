using Microsoft.AspNetCore.Http.HttpResults;
using Passage.Core.Cases;
using Passage.Core.Registry;
using Passage.Web.Accounts;
using Passage.Web.Hosting;

namespace Passage.Web.Api;

/// <summary>
/// <c>/api/v1/cases</c>: a case, its history, the transitions the caller may make now, and making one.
/// Reads are open to any signed-in user because the use case answers "not found" to whoever may not see the case.
/// </summary>
public static class CasesApi
{
    public sealed record TransitionOption(CaseStatus To, string Label);

    public sealed record MoveCaseRequest(CaseStatus To, string? Reason, long ExpectedVersion);

    public static RouteGroupBuilder MapCasesApi(this RouteGroupBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTags("Cases").RequireAuthorization(Policies.SignedIn);
        cases.MapGet("/{id:guid}", GetAsync).WithSummary("A case with its members and history");
        api.MapGet("/case-numbers/{number}", GetByNumberAsync).WithTags("Cases").RequireAuthorization(Policies.SignedIn)
            .WithSummary("A case by its number (C-000001, c1 or the digits)").RequireRateLimiting(RateLimitingSetup.Listing);
        cases.MapGet("/{id:guid}/history", HistoryAsync).WithSummary("A case's history");
        cases.MapGet("/{id:guid}/transitions", TransitionsAsync).WithSummary("The transitions the caller may make now");
        cases.MapPost("/{id:guid}/transitions", MoveAsync).WithSummary("Move a case to another status")
            .MayConflict().MayBeRefused().RequireApiToken();
        return api;
    }

    public static async Task<Results<Ok<CaseView>, ValidationProblem, ProblemHttpResult>> GetAsync(Guid id, ViewCase view, CancellationToken ct) =>
        (await view.ExecuteAsync(id, ct)).OkOrProblem();

    /// <summary>The case a case number names; 404, as for a number that names no case, when the caller may not see it. Audited as a search and as a read.</summary>
    public static async Task<Results<Ok<CaseView>, ValidationProblem, ProblemHttpResult>> GetByNumberAsync(
        string number, FindByNumber find, ViewCase view, CancellationToken ct)
    {
        var found = await find.ExecuteAsync(number, NumberedKind.Case, ct);
        return found.Succeeded
            ? (await view.ExecuteAsync(found.Value.Id, ct)).OkOrProblem()
            : ApiResults.Widen<Ok<CaseView>>(Core.Common.Problem.NotFound("Case").ToHttp());
    }

    public static async Task<Results<Ok<IReadOnlyList<CaseEventView>>, ValidationProblem, ProblemHttpResult>> HistoryAsync(
        Guid id, ViewCase view, CancellationToken ct) =>
        (await view.ExecuteAsync(id, ct)).OkOrProblem(c => c.History);

    public static async Task<Results<Ok<IReadOnlyList<TransitionOption>>, ValidationProblem, ProblemHttpResult>> TransitionsAsync(
        Guid id, ViewCase view, CancellationToken ct) =>
        (await view.ExecuteAsync(id, ct))
            .OkOrProblem<CaseView, IReadOnlyList<TransitionOption>>(c => c.AvailableTransitions.Select(t => new TransitionOption(t, CaseStatuses.Label(t))).ToList());

    public static async Task<Results<Ok<CaseEventView>, ValidationProblem, ProblemHttpResult>> MoveAsync(
        Guid id, MoveCaseRequest request, MoveCase move, CancellationToken ct) =>
        (await move.ExecuteAsync(id, request.To, request.Reason, request.ExpectedVersion, ct))
            .OkOrProblem(e => new CaseEventView(e.Kind, e.FromStatus, e.ToStatus, e.RegistrationNumber, e.Reason, e.ActorName, e.At));
}
