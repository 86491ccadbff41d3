using Microsoft.AspNetCore.Http.HttpResults;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Common;
using Passage.Web.Hosting;

namespace Passage.Web.Api;

/// <summary><c>/api/v1/audit</c>: the auditor's search of the audit log.</summary>
public static class AuditApi
{
    public sealed record AuditQuery(
        string? User, string? EntityType, string? EntityId, AuditAction? Action, DateOnly? From, DateOnly? To, int? Page, int? PageSize, string? Sort, string? SearchedFor);

    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        api.MapGroup("/audit").WithTags("Audit").RequireAuthorization(nameof(Permission.ReadAudit))
            .MapGet("/", SearchAsync).WithSummary("Search the audit log").RequireRateLimiting(RateLimitingSetup.Listing);
        return api;
    }

    public static async Task<Results<Ok<Page<AuditEntry>>, ValidationProblem, ProblemHttpResult>> SearchAsync(
        [AsParameters] AuditQuery query, SearchAudit search, CancellationToken ct) =>
        (await search.ExecuteAsync(
            new AuditFilter(query.User, query.EntityType, query.EntityId, query.Action, query.From, query.To, query.SearchedFor), query.Page, query.PageSize, query.Sort, ct))
            .OkOrProblem();
}
