using Microsoft.AspNetCore.Http.HttpResults;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Protection;
using Passage.Web.Hosting;

namespace Passage.Web.Api;

/// <summary>
/// <c>/api/v1/walk-outs</c> and <c>/api/v1/cases/{id}/walk-out</c>: residents who left the camp and asked for protection.
/// Only protection officers read or record them; to everyone else a walk-out does not exist (the case only says "Left camp").
/// </summary>
public static class ProtectionApi
{
    public sealed record WalkOutRequest(DateOnly? LeftOn, string? Whereabouts, IReadOnlyList<WalkOutAsks>? Asks, string? ResponsibleOfficer, long ExpectedVersion);

    public static RouteGroupBuilder MapProtectionApi(this RouteGroupBuilder api)
    {
        api.MapGet("/walk-outs/", ListAsync).WithTags("Protection").WithSummary("Walk-outs, latest first, with their whereabouts")
            .RequireAuthorization(nameof(Permission.ReadWhereabouts)).RequireRateLimiting(RateLimitingSetup.Listing);
        var cases = api.MapGroup("/cases").WithTags("Protection");
        cases.MapGet("/{id:guid}/walk-out", ViewAsync).WithSummary("A case's walk-out, with its whereabouts")
            .ProducesProblem(StatusCodes.Status404NotFound).RequireAuthorization(nameof(Permission.ReadWhereabouts));
        cases.MapPost("/{id:guid}/walk-out", RecordAsync).WithSummary("Record that a case's residents left the camp and asked for protection")
            .ProducesProblem(StatusCodes.Status404NotFound).MayConflict().MayBeRefused()
            .RequireAuthorization(nameof(Permission.WriteWhereabouts)).RequireApiToken();
        return api;
    }

    public static async Task<Results<Ok<Page<WalkOutView>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        int? page, int? pageSize, ListWalkOuts list, CancellationToken ct) =>
        (await list.ExecuteAsync(page, pageSize, ct)).OkOrProblem();

    public static async Task<Results<Ok<WalkOutView>, ValidationProblem, ProblemHttpResult>> ViewAsync(Guid id, ViewWalkOut view, CancellationToken ct) =>
        (await view.ExecuteAsync(id, ct)).OkOrProblem();

    /// <summary>Records the walk-out and moves the case to Left camp: 200 with the walk-out, 400 for invalid fields, 409 when the case changed, 422 when the lifecycle refuses.</summary>
    public static async Task<Results<Ok<WalkOutView>, ValidationProblem, ProblemHttpResult>> RecordAsync(
        Guid id, WalkOutRequest request, RecordWalkOut record, ViewWalkOut view, CancellationToken ct)
    {
        var recorded = await record.ExecuteAsync(id, new WalkOutDetails(request.LeftOn, request.Whereabouts, request.Asks, request.ResponsibleOfficer), request.ExpectedVersion, ct);
        return recorded.Succeeded ? (await view.ExecuteAsync(id, ct)).OkOrProblem() : ApiResults.Widen<Ok<WalkOutView>>(recorded.Problem!.ToHttp());
    }
}
