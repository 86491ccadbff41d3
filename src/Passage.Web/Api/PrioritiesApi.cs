using Microsoft.AspNetCore.Http.HttpResults;
using Passage.Core.Accounts;
using Passage.Core.Priorities;
using Passage.Web.Accounts;

namespace Passage.Web.Api;

/// <summary><c>/api/v1/priority-weights</c>: the administrator's weights of the referral priority score.</summary>
public static class PrioritiesApi
{
    public static RouteGroupBuilder MapPrioritiesApi(this RouteGroupBuilder api)
    {
        var weights = api.MapGroup("/priority-weights").WithTags("Priorities");
        weights.MapGet("/", GetAsync).WithSummary("The priority weights").RequireAuthorization(nameof(Permission.ManagePriorityWeights));
        weights.MapPut("/", SetAsync).WithSummary("Set the priority weights")
            .RequireAuthorization(nameof(Permission.ManagePriorityWeights)).RequireApiToken();
        return api;
    }

    public static async Task<Results<Ok<PriorityWeightValues>, ValidationProblem, ProblemHttpResult>> GetAsync(SetPriorityWeights weights, CancellationToken ct) =>
        (await weights.CurrentAsync(ct)).OkOrProblem();

    public static async Task<Results<Ok<PriorityWeightValues>, ValidationProblem, ProblemHttpResult>> SetAsync(
        PriorityWeightValues values, SetPriorityWeights weights, CancellationToken ct) =>
        (await weights.ExecuteAsync(values, ct)).OkOrProblem();
}
