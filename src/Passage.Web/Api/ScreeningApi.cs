using Microsoft.AspNetCore.Http.HttpResults;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Registry.Import;
using Passage.Core.Screening;
using Passage.Web.Hosting;

namespace Passage.Web.Api;

/// <summary>
/// <c>/api/v1/screening-lists</c>: lists of wanted persons, imported with their source, date and reference, and their metrics;
/// <c>/api/v1/screening-hits</c>: the security officer's queue of hits and their adjudication. For the security officer only.
/// </summary>
public static class ScreeningApi
{
    /// <summary>A list file sent through the API: its details, its format and its bytes in base64.</summary>
    public sealed record ListFile(string? Name, string? Source, string? Reference, string? ListDate, double? Threshold, PersonFileFormat? Format, string? Content);

    /// <summary>The security officer's finding on a hit.</summary>
    public sealed record Adjudication(HitStatus? Finding, string? Reason);

    public static RouteGroupBuilder MapScreeningApi(this RouteGroupBuilder api)
    {
        var lists = api.MapGroup("/screening-lists").WithTags("Screening");
        lists.MapGet("/", ListAsync).WithSummary("Screening lists by name, one page at a time, with their entries, hits, adjudicated and pending hits and false-match rate")
            .RequireAuthorization(nameof(Permission.ScreenAgainstLists)).RequireRateLimiting(RateLimitingSetup.Listing);
        lists.MapPost("/", ImportAsync).WithSummary("Import a list (CSV or XLSX) and screen the registry against it")
            .RequireAuthorization(nameof(Permission.ScreenAgainstLists)).RequireApiToken();
        lists.MapPost("/{id:guid}/versions", ImportVersionAsync).WithSummary("Import a newer version of a list: what it added, removed and changed")
            .RequireAuthorization(nameof(Permission.ScreenAgainstLists)).RequireApiToken();
        lists.MapPost("/screening", ScreenAsync).WithSummary("Screen the whole registry against every list again")
            .RequireAuthorization(nameof(Permission.ScreenAgainstLists)).RequireApiToken();

        var hits = api.MapGroup("/screening-hits").WithTags("Screening");
        hits.MapGet("/", HitsAsync).WithSummary("Hits (of one status when given), pending first and most likely first, one page at a time")
            .RequireAuthorization(nameof(Permission.ScreenAgainstLists)).RequireRateLimiting(RateLimitingSetup.Listing);
        hits.MapGet("/{id:long}", HitAsync).WithSummary("One hit with the registered person, the entry and the explanation")
            .RequireAuthorization(nameof(Permission.ScreenAgainstLists));
        hits.MapPost("/{id:long}/adjudication", AdjudicateAsync).WithSummary("Adjudicate a hit: false match, or possible true match (the case goes on hold)")
            .MayConflict().MayBeRefused().RequireAuthorization(nameof(Permission.ScreenAgainstLists)).RequireApiToken();
        return api;
    }

    public static async Task<Results<Ok<Page<ScreeningListView>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        int? page, int? pageSize, ListScreeningLists lists, CancellationToken ct) =>
        (await lists.ExecuteAsync(page, pageSize, ct)).OkOrProblem();

    public static Task<Results<Ok<ListImported>, ValidationProblem, ProblemHttpResult>> ImportAsync(ListFile file, ImportScreeningList import, CancellationToken ct) =>
        ImportInto(null, file, import, ct);

    public static Task<Results<Ok<ListImported>, ValidationProblem, ProblemHttpResult>> ImportVersionAsync(
        Guid id, ListFile file, ImportScreeningList import, CancellationToken ct) =>
        ImportInto(id, file, import, ct);

    public static async Task<Results<Ok<ScreeningOutcome>, ValidationProblem, ProblemHttpResult>> ScreenAsync(ScreenRegistry screen, CancellationToken ct) =>
        (await screen.ExecuteAsync(ct)).OkOrProblem();

    public static async Task<Results<Ok<Page<ScreeningHitView>>, ValidationProblem, ProblemHttpResult>> HitsAsync(
        ListScreeningHits hits, HitStatus? status, int? page, int? pageSize, CancellationToken ct) =>
        (await hits.ExecuteAsync(status, page, pageSize, ct)).OkOrProblem();

    public static async Task<Results<Ok<ScreeningHitView>, ValidationProblem, ProblemHttpResult>> HitAsync(long id, ListScreeningHits hits, CancellationToken ct) =>
        (await hits.ViewAsync(id, ct)).OkOrProblem();

    public static async Task<Results<Ok<ScreeningHitView>, ValidationProblem, ProblemHttpResult>> AdjudicateAsync(
        long id, Adjudication adjudication, AdjudicateHit adjudicate, ListScreeningHits hits, CancellationToken ct)
    {
        var result = await adjudicate.ExecuteAsync(id, adjudication.Finding, adjudication.Reason, ct);
        return result.Succeeded ? (await hits.ViewAsync(id, ct)).OkOrProblem() : ApiResults.Widen<Ok<ScreeningHitView>>(result.Problem!.ToHttp());
    }

    private static async Task<Results<Ok<ListImported>, ValidationProblem, ProblemHttpResult>> ImportInto(
        Guid? id, ListFile file, ImportScreeningList import, CancellationToken ct)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(file.Content ?? "");
        }
        catch (FormatException)
        {
            return ApiResults.Widen<Ok<ListImported>>(Problem.Invalid(nameof(ListFile.Content), "The content must be the file's bytes in base64.").ToHttp());
        }

        using var stream = new MemoryStream(bytes);
        return (await import.ExecuteAsync(id, new ListDetails(file.Name, file.Source, file.Reference, file.ListDate, file.Threshold), stream,
            file.Format ?? PersonFileFormat.Csv, ct: ct)).OkOrProblem();
    }
}
