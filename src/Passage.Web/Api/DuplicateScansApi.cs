using Microsoft.AspNetCore.Http.HttpResults;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Registry.Matching;

namespace Passage.Web.Api;

/// <summary>
/// <c>/api/v1/duplicate-scans</c>: start a scan of the registry for duplicates in the background (202 at once; 422 while
/// another runs) and follow its progress.
/// </summary>
public static class DuplicateScansApi
{
    public static RouteGroupBuilder MapDuplicateScansApi(this RouteGroupBuilder api)
    {
        var scans = api.MapGroup("/duplicate-scans").WithTags("Duplicates").RequireAuthorization(nameof(Permission.WriteBiodata));
        scans.MapPost("/", StartAsync).WithSummary("Start a duplicate scan of the registry").MayBeRefused().RequireApiToken();
        scans.MapGet("/latest", LatestAsync).WithSummary("The latest duplicate scan").ProducesProblem(StatusCodes.Status404NotFound);
        scans.MapGet("/{id:long}", GetAsync).WithSummary("A duplicate scan");
        return api;
    }

    public static async Task<Results<Accepted<DuplicateScanView>, ValidationProblem, ProblemHttpResult>> StartAsync(StartDuplicateScan start, CancellationToken ct)
    {
        var started = await start.ExecuteAsync(ct);
        return started.Succeeded
            ? TypedResults.Accepted($"/api/v1/duplicate-scans/{started.Value.Id}", started.Value)
            : ApiResults.Widen<Accepted<DuplicateScanView>>(started.Problem!.ToHttp());
    }

    /// <summary>The latest scan, running or finished; 404 when none was ever started.</summary>
    public static async Task<Results<Ok<DuplicateScanView>, ValidationProblem, ProblemHttpResult>> LatestAsync(ViewDuplicateScan view, CancellationToken ct) =>
        Found(await view.ExecuteAsync(null, ct));

    public static async Task<Results<Ok<DuplicateScanView>, ValidationProblem, ProblemHttpResult>> GetAsync(long id, ViewDuplicateScan view, CancellationToken ct) =>
        Found(await view.ExecuteAsync(id, ct));

    private static Results<Ok<DuplicateScanView>, ValidationProblem, ProblemHttpResult> Found(Result<DuplicateScanView?> result) => result switch
    {
        { Succeeded: false } => ApiResults.Widen<Ok<DuplicateScanView>>(result.Problem!.ToHttp()),
        { Value: { } scan } => TypedResults.Ok(scan),
        _ => ApiResults.Widen<Ok<DuplicateScanView>>(Problem.NotFound("Scan").ToHttp()),
    };
}
