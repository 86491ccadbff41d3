using Microsoft.AspNetCore.Http.HttpResults;
using Passage.Core.Accounts;
using Passage.Core.Pledges;
using Passage.Core.Priorities;
using Passage.Web.Hosting;

namespace Passage.Web.Api;

/// <summary><c>/api/v1/pledges</c>: pledges with their derived figures (a country delegate: their country's), recording and raising them.</summary>
public static class PledgesApi
{
    public sealed record RaiseRequest(int Places, DateOnly On, string? Reason);

    public sealed record PledgeCreated(Guid Id, string CountryCode, int Places);

    public static RouteGroupBuilder MapPledgesApi(this RouteGroupBuilder api)
    {
        var pledges = api.MapGroup("/pledges").WithTags("Pledges");
        pledges.MapGet("/", ListAsync).WithSummary("List pledges with their figures").RequireAuthorization(nameof(Permission.ReadPledges));
        pledges.MapPost("/", CreateAsync).WithSummary("Record a pledge")
            .RequireAuthorization(nameof(Permission.WritePledges)).RequireApiToken();
        pledges.MapPost("/{id:guid}/raises", RaiseAsync).WithSummary("Raise a pledge")
            .MayConflict().MayBeRefused().RequireAuthorization(nameof(Permission.WritePledges)).RequireApiToken();
        api.MapGet("/referral-queue", QueueAsync).WithSummary("Cases ready for referral, by priority")
            .WithTags("Pledges").RequireAuthorization(nameof(Permission.WritePledges)).RequireRateLimiting(RateLimitingSetup.Listing);
        return api;
    }

    public static async Task<Ok<IReadOnlyList<PledgeView>>> ListAsync(ListPledges list, CancellationToken ct) =>
        TypedResults.Ok(await list.ExecuteAsync(ct));

    public static async Task<Results<Ok<PledgeCreated>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        PledgeDetails pledge, CreatePledge create, CancellationToken ct) =>
        (await create.ExecuteAsync(pledge, ct)).OkOrProblem(p => new PledgeCreated(p.Id, p.CountryCode, p.Places));

    public static async Task<Results<Ok<PledgeCreated>, ValidationProblem, ProblemHttpResult>> RaiseAsync(
        Guid id, RaiseRequest request, RaisePledge raise, CancellationToken ct) =>
        (await raise.ExecuteAsync(id, request.Places, request.On, request.Reason, ct)).OkOrProblem(p => new PledgeCreated(p.Id, p.CountryCode, p.Places));

    public static async Task<Ok<IReadOnlyList<QueueEntry>>> QueueAsync(ReferralQueue queue, CancellationToken ct) =>
        TypedResults.Ok(await queue.ExecuteAsync(ct));
}
