using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Audit.BreakGlass;

/// <summary>The auditor's review queue of emergency access: those waiting for review first, oldest first; or every grant, newest first. Audited.</summary>
public sealed class ListBreakGlassGrants(PassageDbContext db, Actor actor, AuditLog audit, TimeProvider clock)
{
    public async Task<Result<Page<BreakGlassGrantView>>> ExecuteAsync(bool pendingOnly, int? page = null, int? pageSize = null, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.ReviewBreakGlass))
        {
            return Problem.NotFound("Review queue");
        }

        var paging = Paging.Check(page, pageSize);
        if (!paging.Succeeded)
        {
            return paging.Problem!;
        }

        var (number, size) = paging.Value;
        var query = db.BreakGlassGrants.AsNoTracking();
        query = pendingOnly
            ? query.Where(g => g.ReviewedAt == null).OrderBy(g => g.GrantedAt).ThenBy(g => g.Id)
            : query.OrderByDescending(g => g.GrantedAt).ThenBy(g => g.Id);
        var total = await query.CountAsync(ct);
        var grants = await query.Skip((number - 1) * size).Take(size).ToListAsync(ct);
        var now = clock.GetUtcNow();
        await audit.RecordNowAsync(AuditAction.Searched, nameof(BreakGlassGrant), "*",
            $"{(pendingOnly ? "pending" : "all")}; page {number}; {grants.Count} shown", ct);
        return new Page<BreakGlassGrantView>(grants.Select(g => BreakGlassGrantView.Of(g, now)).ToList(), number, size, total);
    }
}
