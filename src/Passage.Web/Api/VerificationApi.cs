using Microsoft.AspNetCore.Http.HttpResults;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Verification;
using Passage.Web.Hosting;

namespace Passage.Web.Api;

/// <summary>
/// <c>/api/v1/verification-requests</c>: a receiving country asks whether a person was a resident and reads the answer (its
/// own requests only); <c>/api/v1/verification-reviews</c>: registration supervisors review the candidates and answer.
/// </summary>
public static class VerificationApi
{
    public static RouteGroupBuilder MapVerificationApi(this RouteGroupBuilder api)
    {
        var requests = api.MapGroup("/verification-requests").WithTags("Verification");
        requests.MapGet("/", ListAsync).WithSummary("The verification requests of the caller's country (the agency: of every country), latest first, one page at a time")
            .RequireAuthorization(nameof(Permission.RequestVerification)).RequireRateLimiting(RateLimitingSetup.Listing);
        requests.MapPost("/", SubmitAsync).WithSummary("Ask whether a person was a resident")
            .RequireAuthorization(nameof(Permission.RequestVerification)).RequireApiToken();
        requests.MapGet("/{id:guid}", ViewAsync).WithSummary("One verification request and its answer")
            .RequireAuthorization(nameof(Permission.RequestVerification));

        var reviews = api.MapGroup("/verification-reviews").WithTags("Verification");
        reviews.MapGet("/", QueueAsync).WithSummary("Verification requests to review, unanswered first, with their numbers of fraud flags, one page at a time")
            .RequireAuthorization(nameof(Permission.AnswerVerification)).RequireRateLimiting(RateLimitingSetup.Listing);
        reviews.MapGet("/{id:guid}", ReviewAsync).WithSummary("A request with the registry's candidates, their explanations and the fraud flags")
            .RequireAuthorization(nameof(Permission.AnswerVerification));
        reviews.MapPost("/{id:guid}/answer", AnswerAsync).WithSummary("Answer a request: verified, not verified or cannot determine")
            .MayConflict().MayBeRefused().RequireAuthorization(nameof(Permission.AnswerVerification)).RequireApiToken();
        return api;
    }

    public static async Task<Results<Ok<Page<VerificationRequestView>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        int? page, int? pageSize, ListVerificationRequests list, CancellationToken ct) =>
        (await list.ExecuteAsync(page, pageSize, ct)).OkOrProblem();

    public static async Task<Results<Ok<VerificationRequestView>, ValidationProblem, ProblemHttpResult>> SubmitAsync(
        ClaimDetails claim, SubmitVerificationRequest submit, CancellationToken ct) =>
        (await submit.ExecuteAsync(claim, ct)).OkOrProblem();

    public static async Task<Results<Ok<VerificationRequestView>, ValidationProblem, ProblemHttpResult>> ViewAsync(
        Guid id, ViewVerificationRequest view, CancellationToken ct) =>
        (await view.ExecuteAsync(id, ct)).OkOrProblem();

    public static async Task<Results<Ok<Page<VerificationQueueEntry>>, ValidationProblem, ProblemHttpResult>> QueueAsync(
        int? page, int? pageSize, ReviewVerificationRequest review, CancellationToken ct) =>
        (await review.QueueAsync(page, pageSize, ct)).OkOrProblem();

    public static async Task<Results<Ok<VerificationReview>, ValidationProblem, ProblemHttpResult>> ReviewAsync(
        Guid id, ReviewVerificationRequest review, CancellationToken ct) =>
        (await review.ExecuteAsync(id, ct)).OkOrProblem();

    public static async Task<Results<Ok<VerificationRequestView>, ValidationProblem, ProblemHttpResult>> AnswerAsync(
        Guid id, VerificationDecision decision, AnswerVerificationRequest answer, CancellationToken ct) =>
        (await answer.ExecuteAsync(id, decision, ct)).OkOrProblem();
}
