using Microsoft.AspNetCore.Http.HttpResults;
using Passage.Core.Accounts;
using Passage.Core.Cases;
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

    public sealed record CaseVersion(long ExpectedVersion);

    public sealed record ReturnStatus(CaseStatus Status);

    public sealed record RepatriationStep(bool OriginAccepted, bool DocumentsIssued, DateOnly On, string? Note, long ExpectedVersion);

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
        api.MapGet("/repatriations/", ListReturnsAsync).WithTags("Protection").WithSummary("Cases asked or cleared to return to the origin country, one page at a time by case number")
            .RequireAuthorization(nameof(Permission.ManageRepatriation)).RequireRateLimiting(RateLimitingSetup.Listing);
        cases.MapPost("/{id:guid}/repatriation", RequestReturnAsync).WithSummary("Ask for a case's voluntary return, after each adult chose it, informed, in a private interview")
            .ProducesProblem(StatusCodes.Status404NotFound).MayConflict().MayBeRefused()
            .RequireAuthorization(nameof(Permission.ManageRepatriation)).RequireApiToken();
        cases.MapPost("/{id:guid}/repatriation/progress", RecordReturnProgressAsync)
            .WithSummary("Record the origin country's acceptance and the travel documents; both clear the case to return")
            .ProducesProblem(StatusCodes.Status404NotFound).MayConflict().MayBeRefused()
            .RequireAuthorization(nameof(Permission.ManageRepatriation)).RequireApiToken();
        cases.MapPost("/{id:guid}/repatriation/departure", ConfirmReturnDepartureAsync).WithSummary("Confirm that a case cleared to return has left")
            .ProducesProblem(StatusCodes.Status404NotFound).MayConflict().MayBeRefused()
            .RequireAuthorization(nameof(Permission.ManageMovements)).RequireApiToken();
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

    public static async Task<Results<Ok<Page<RepatriationView>>, ValidationProblem, ProblemHttpResult>> ListReturnsAsync(
        int? page, int? pageSize, ListRepatriations list, CancellationToken ct) =>
        (await list.ExecuteAsync(page, pageSize, ct)).OkOrProblem();

    public static async Task<Results<Ok<ReturnStatus>, ValidationProblem, ProblemHttpResult>> RequestReturnAsync(
        Guid id, CaseVersion request, RequestRepatriation start, CancellationToken ct) =>
        (await start.ExecuteAsync(id, request.ExpectedVersion, ct)).OkOrProblem(e => new ReturnStatus(e.ToStatus!.Value));

    public static async Task<Results<Ok<ReturnStatus>, ValidationProblem, ProblemHttpResult>> RecordReturnProgressAsync(
        Guid id, RepatriationStep step, RecordRepatriationProgress record, CancellationToken ct) =>
        (await record.ExecuteAsync(id, step.OriginAccepted, step.DocumentsIssued, step.On, step.Note, step.ExpectedVersion, ct))
            .OkOrProblem(p => new ReturnStatus(p.Clears ? CaseStatus.RepatriationCleared : CaseStatus.RepatriationRequested));

    public static async Task<Results<Ok<ReturnStatus>, ValidationProblem, ProblemHttpResult>> ConfirmReturnDepartureAsync(
        Guid id, CaseVersion request, ConfirmRepatriationDeparture confirm, CancellationToken ct) =>
        (await confirm.ExecuteAsync(id, request.ExpectedVersion, ct)).OkOrProblem(e => new ReturnStatus(e.ToStatus!.Value));
}
