using Microsoft.AspNetCore.Http.HttpResults;
using Passage.Core.Accounts;
using Passage.Core.Incidents;
using Passage.Web.Hosting;

namespace Passage.Web.Api;

/// <summary>
/// <c>/api/v1/incidents</c>: incidents with how many were injured and killed (operation staff), who they were (the
/// security officer), and <c>/api/v1/casualties/{id}</c>: one casualty, for the security officer or under an emergency grant.
/// </summary>
public static class IncidentsApi
{
    public sealed record IncidentCreated(Guid Id);

    public static RouteGroupBuilder MapIncidentsApi(this RouteGroupBuilder api)
    {
        var incidents = api.MapGroup("/incidents").WithTags("Incidents");
        incidents.MapGet("/", ListAsync).WithSummary("List incidents with their numbers of casualties")
            .RequireAuthorization(nameof(Permission.ReadIncidents)).RequireRateLimiting(RateLimitingSetup.Listing);
        incidents.MapPost("/", CreateAsync).WithSummary("Record an incident")
            .RequireAuthorization(nameof(Permission.WriteIncidents)).RequireApiToken();
        incidents.MapGet("/{id:guid}", ViewAsync).WithSummary("An incident; who its casualties are only for the security officer")
            .RequireAuthorization(nameof(Permission.ReadIncidents));
        incidents.MapPost("/{id:guid}/casualties", AddCasualtyAsync).WithSummary("Record a casualty of an incident")
            .MayConflict().MayBeRefused().RequireAuthorization(nameof(Permission.WriteIncidents)).RequireApiToken();
        api.MapGet("/casualties/{id:guid}", CasualtyAsync).WithTags("Incidents")
            .WithSummary("Who one casualty is: for the security officer, or under an emergency grant")
            .RequireAuthorization(nameof(Permission.ReadIncidents));
        return api;
    }

    public static async Task<Ok<IReadOnlyList<IncidentSummary>>> ListAsync(ListIncidents list, CancellationToken ct) =>
        TypedResults.Ok(await list.ExecuteAsync(ct));

    public static async Task<Results<Ok<IncidentCreated>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        IncidentDetails incident, RecordIncident record, CancellationToken ct) =>
        (await record.ExecuteAsync(incident, ct)).OkOrProblem(i => new IncidentCreated(i.Id));

    public static async Task<Results<Ok<IncidentView>, ValidationProblem, ProblemHttpResult>> ViewAsync(
        Guid id, ViewIncident view, CancellationToken ct) =>
        (await view.ExecuteAsync(id, ct)).OkOrProblem();

    public static async Task<Results<Ok<CasualtyView>, ValidationProblem, ProblemHttpResult>> AddCasualtyAsync(
        Guid id, CasualtyDetails casualty, RecordCasualty record, CancellationToken ct) =>
        (await record.ExecuteAsync(id, casualty, ct)).OkOrProblem();

    public static async Task<Results<Ok<CasualtyView>, ValidationProblem, ProblemHttpResult>> CasualtyAsync(
        Guid id, ViewCasualty view, CancellationToken ct) =>
        (await view.ExecuteAsync(id, ct)).OkOrProblem(c => c.Casualty);
}
