using Microsoft.AspNetCore.Http.HttpResults;
using Passage.Core.Accounts;
using Passage.Core.Audit.BreakGlass;
using Passage.Core.Common;
using Passage.Web.Pages.BreakGlass;

namespace Passage.Web.Api;

/// <summary>
/// <c>/api/v1/break-glass</c>: opening a record in an emergency by stating a reason, and the auditor's review queue.
/// While a grant lasts, <c>GET /api/v1/persons/{id}</c> or <c>/api/v1/cases/{id}</c> answers with what it opens.
/// </summary>
public static class BreakGlassApi
{
    public sealed record ReviewRequest(bool? Justified, string? Note);

    public static RouteGroupBuilder MapBreakGlassApi(this RouteGroupBuilder api)
    {
        var breakGlass = api.MapGroup("/break-glass").WithTags("Break-glass");
        breakGlass.MapPost("/", RequestAsync).WithSummary("Open a record in an emergency, stating a reason")
            .ProducesProblem(StatusCodes.Status404NotFound).MayBeRefused().RequireAuthorization(nameof(Permission.BreakGlass)).RequireApiToken();
        breakGlass.MapGet("/", QueueAsync).WithSummary("The auditor's break-glass review queue").RequireAuthorization(nameof(Permission.ReviewBreakGlass));
        breakGlass.MapPost("/{id:guid}/review", ReviewAsync).WithSummary("Mark a break-glass access justified or not")
            .MayBeRefused().RequireAuthorization(nameof(Permission.ReviewBreakGlass)).RequireApiToken();
        return api;
    }

    /// <summary>Opens a record for a short time: 201 with the grant, 400 without a valid reason, 404 for no such record, 422 when the role may not.</summary>
    public static async Task<Results<Created<BreakGlassGrantView>, ValidationProblem, ProblemHttpResult>> RequestAsync(
        BreakGlassRequest request, RequestBreakGlass open, CancellationToken ct)
    {
        var result = await open.ExecuteAsync(request, ct);
        if (!result.Succeeded)
        {
            return ApiResults.Widen<Created<BreakGlassGrantView>>(result.Problem!.ToHttp());
        }

        var grant = result.Value;
        return TypedResults.Created("/api/v1" + BreakGlassForm.RecordPath(grant.RecordKind, grant.RecordId).ToLowerInvariant(), grant);
    }

    /// <summary>The review queue: by default only grants waiting for review, oldest first; <c>all=true</c> for every grant, newest first.</summary>
    public static async Task<Results<Ok<Page<BreakGlassGrantView>>, ValidationProblem, ProblemHttpResult>> QueueAsync(
        bool? all, int? page, int? pageSize, ListBreakGlassGrants list, CancellationToken ct) =>
        (await list.ExecuteAsync(all != true, page, pageSize, ct)).OkOrProblem();

    /// <summary>Marks a grant justified or not; 422 when reviewed already or when it is the reviewer's own.</summary>
    public static async Task<Results<Ok<BreakGlassGrantView>, ValidationProblem, ProblemHttpResult>> ReviewAsync(
        Guid id, ReviewRequest request, ReviewBreakGlass review, CancellationToken ct) =>
        (await review.ExecuteAsync(id, request.Justified, request.Note, ct)).OkOrProblem();
}
