using Microsoft.AspNetCore.Http.HttpResults;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Exports;
using Passage.Core.Pledges;
using Passage.Core.Registry;
using Passage.Web.Hosting;

namespace Passage.Web.Api;

/// <summary>
/// <c>/api/v1/exports</c>: each list a role may read as CSV or XLSX, with the same filters as the list and only the columns the
/// caller may read; aggregate tables optionally with an HXL hashtag row. Streamed, and audited with what each file held.
/// </summary>
public static class ExportsApi
{
    public sealed record PersonsExportQuery(ExportFormat? Format, CaseStatus? Status, Sex? Sex, AgeBand? AgeBand, string? Need, string? Block, string? Q, string? Sort, bool? Hxl);

    public sealed record CasesExportQuery(ExportFormat? Format, CaseStatus? Status, CaseSize? Size, string? Country, int? Waiting, string? Sort, bool? Hxl);

    public sealed record AuditExportQuery(
        ExportFormat? Format, string? User, string? EntityType, string? EntityId, AuditAction? Action, DateOnly? From, DateOnly? To, string? Sort, bool? Hxl, string? SearchedFor);

    public static RouteGroupBuilder MapExportsApi(this RouteGroupBuilder api)
    {
        var exports = api.MapGroup("/exports").WithTags("Exports").RequireRateLimiting(RateLimitingSetup.Listing);
        exports.MapGet("/persons", PersonsAsync).WithSummary("The registry list as CSV or XLSX, with the list's filters and order")
            .ProducesFile().RequireAuthorization(nameof(Permission.ExportPersons));
        exports.MapGet("/cases", CasesAsync).WithSummary("The case list as CSV or XLSX, with the list's filters and order")
            .ProducesFile().RequireAuthorization(nameof(Permission.ReadCases));
        exports.MapGet("/audit", AuditAsync).WithSummary("The audit log search as CSV or XLSX, with its filters and order")
            .ProducesFile().RequireAuthorization(nameof(Permission.ReadAudit));
        exports.MapGet("/incidents", IncidentsAsync).WithSummary("The incident list, with numbers of casualties, as CSV or XLSX")
            .ProducesFile().RequireAuthorization(nameof(Permission.ReadIncidents));
        exports.MapGet("/walk-outs", WalkOutsAsync).WithSummary("The walk-outs, without their whereabouts, as CSV or XLSX")
            .ProducesFile().RequireAuthorization(nameof(Permission.ReadWhereabouts));
        exports.MapGet("/referrals", ReferralsAsync).WithSummary("The referral list (a delegate's: their country's inbox) as CSV or XLSX")
            .ProducesFile().RequireAuthorization(nameof(Permission.ReadPledges));
        exports.MapGet("/aggregates/{table}", AggregatesAsync).WithSummary("A dashboard or public report table as CSV or XLSX, optionally with HXL hashtags")
            .ProducesFile().ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(nameof(Permission.ReadAggregateReports));
        return api;
    }

    public static async Task<Results<ExportResult, ValidationProblem, ProblemHttpResult>> PersonsAsync(
        [AsParameters] PersonsExportQuery query, ExportPersons export, CancellationToken ct) =>
        Answer(await export.ExecuteAsync(
            new PersonFilter(query.Status, query.Sex, query.AgeBand, query.Need, query.Block, query.Q, query.Sort), query.Format ?? ExportFormat.Csv, query.Hxl ?? false, ct));

    public static async Task<Results<ExportResult, ValidationProblem, ProblemHttpResult>> CasesAsync(
        [AsParameters] CasesExportQuery query, ExportCases export, CancellationToken ct) =>
        Answer(await export.ExecuteAsync(new CaseFilter(query.Status, query.Size, query.Country, query.Waiting), query.Format ?? ExportFormat.Csv, query.Hxl ?? false, query.Sort, ct));

    public static async Task<Results<ExportResult, ValidationProblem, ProblemHttpResult>> AuditAsync(
        [AsParameters] AuditExportQuery query, ExportAudit export, CancellationToken ct) =>
        Answer(await export.ExecuteAsync(
            new AuditFilter(query.User, query.EntityType, query.EntityId, query.Action, query.From, query.To, query.SearchedFor), query.Format ?? ExportFormat.Csv, query.Hxl ?? false, query.Sort, ct));

    public static async Task<Results<ExportResult, ValidationProblem, ProblemHttpResult>> IncidentsAsync(
        ExportFormat? format, bool? hxl, ExportIncidents export, CancellationToken ct) =>
        Answer(await export.ExecuteAsync(format ?? ExportFormat.Csv, hxl ?? false, ct));

    public static async Task<Results<ExportResult, ValidationProblem, ProblemHttpResult>> WalkOutsAsync(
        ExportFormat? format, bool? hxl, ExportWalkOuts export, CancellationToken ct) =>
        Answer(await export.ExecuteAsync(format ?? ExportFormat.Csv, hxl ?? false, ct));

    public static async Task<Results<ExportResult, ValidationProblem, ProblemHttpResult>> ReferralsAsync(
        ExportFormat? format, ReferralStatus? status, bool? hxl, ExportReferrals export, CancellationToken ct) =>
        Answer(await export.ExecuteAsync(status, format ?? ExportFormat.Csv, hxl ?? false, ct));

    public static async Task<Results<ExportResult, ValidationProblem, ProblemHttpResult>> AggregatesAsync(
        AggregateTable table, ExportFormat? format, bool? hxl, ExportAggregates export, CancellationToken ct) =>
        Answer(await export.ExecuteAsync(table, format ?? ExportFormat.Csv, hxl ?? false, ct));

    private static Results<ExportResult, ValidationProblem, ProblemHttpResult> Answer(Result<ExportFile> result) =>
        result.Succeeded ? new ExportResult(result.Value) : ApiResults.Widen<ExportResult>(result.Problem!.ToHttp());

    private static RouteHandlerBuilder ProducesFile(this RouteHandlerBuilder endpoint) =>
        endpoint.Produces<Stream>(StatusCodes.Status200OK, "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
}
