using Microsoft.AspNetCore.Http.HttpResults;
using Passage.Core.Accounts;
using Passage.Core.Movements.Planning;
using Passage.Web.Hosting;

namespace Passage.Web.Api;

/// <summary>
/// <c>/api/v1/movement-plan</c>: the movement planner. A proposal books nothing; accepting the bookings kept of it books them
/// all in one transaction, or none when anything changed since the proposal (422, naming the changes).
/// </summary>
public static class MovementPlanApi
{
    public sealed record AcceptRequest(IReadOnlyList<PlannedBooking>? Bookings);

    public static RouteGroupBuilder MapMovementPlanApi(this RouteGroupBuilder api)
    {
        var plan = api.MapGroup("/movement-plan").WithTags("Movements");
        plan.MapGet("/proposal", ProposeAsync).WithSummary("Propose bookings of the cleared, accepted cases onto the open movements")
            .RequireAuthorization(nameof(Permission.ManageMovements)).RequireRateLimiting(RateLimitingSetup.Listing);
        plan.MapPost("/acceptance", AcceptAsync).WithSummary("Book the bookings kept of a proposal, all or none")
            .ProducesProblem(StatusCodes.Status404NotFound).MayConflict().MayBeRefused()
            .RequireAuthorization(nameof(Permission.ManageMovements)).RequireApiToken();
        return api;
    }

    /// <param name="maxSeriousMedicalPerMovement">At most this many persons with serious medical needs on one movement, counting those booked already; no such rule when left out.</param>
    public static async Task<Results<Ok<MovementProposal>, ValidationProblem, ProblemHttpResult>> ProposeAsync(
        int? maxSeriousMedicalPerMovement, ProposeMovementPlan propose, CancellationToken ct) =>
        (await propose.ExecuteAsync(maxSeriousMedicalPerMovement, ct)).OkOrProblem();

    public static async Task<Results<Ok<PlanAccepted>, ValidationProblem, ProblemHttpResult>> AcceptAsync(
        AcceptRequest request, AcceptMovementPlan accept, CancellationToken ct) =>
        (await accept.ExecuteAsync(request.Bookings ?? [], ct)).OkOrProblem();
}
