using Microsoft.AspNetCore.Http.HttpResults;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Registry.Matching;
using Passage.Web.Hosting;

namespace Passage.Web.Api;

/// <summary>
/// <c>/api/v1/duplicate-reviews</c>: the queue of pairs a scan proposed as possibly one person, page by page in a stable
/// order, each scored now and explained field by field; and a reviewer's decision on a pair (merge, or different people).
/// </summary>
public static class DuplicateReviewsApi
{
    /// <param name="Merge">True to merge the pair, keeping <paramref name="Keep"/>; false to record them as different people.</param>
    public sealed record DecisionRequest(bool Merge, Guid? Keep, string? Reason);

    public sealed record DecidedReview(long Id, DuplicateReviewStatus Status, string? Reason, DateTimeOffset? DecidedAt);

    public static RouteGroupBuilder MapDuplicateReviewsApi(this RouteGroupBuilder api)
    {
        var reviews = api.MapGroup("/duplicate-reviews").WithTags("Duplicates").RequireAuthorization(nameof(Permission.WriteBiodata));
        reviews.MapGet("/", ListAsync).WithSummary("Pairs waiting for review, most likely first").RequireRateLimiting(RateLimitingSetup.Listing);
        reviews.MapPost("/{id:long}/decision", DecideAsync).WithSummary("Merge a proposed pair or record them as different people")
            .MayBeRefused().RequireApiToken();
        return api;
    }

    public static async Task<Results<Ok<Page<DuplicateReviewRow>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        int? page, int? pageSize, OpenDuplicateReviews queue, CancellationToken ct) =>
        (await queue.ExecuteAsync(page, pageSize, ct)).OkOrProblem();

    public static async Task<Results<Ok<DecidedReview>, ValidationProblem, ProblemHttpResult>> DecideAsync(
        long id, DecisionRequest request, DecideDuplicate decide, CancellationToken ct) =>
        (await decide.ExecuteAsync(id, request.Merge, request.Keep, request.Reason, ct))
            .OkOrProblem(r => new DecidedReview(r.Id, r.Status, r.Reason, r.DecidedAt));
}
