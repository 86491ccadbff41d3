using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Audit;

/// <summary>The auditor's search of the audit log, newest first. The search itself is audited.</summary>
public sealed class SearchAudit(PassageDbContext db, Actor actor, AuditLog audit, TimeProvider clock)
{
    public async Task<Result<Page<AuditEntry>>> ExecuteAsync(AuditFilter filter, int? page = null, int? pageSize = null, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.ReadAudit))
        {
            return Problem.NotFound("Audit log");
        }

        var paging = Paging.Check(page, pageSize);
        if (!paging.Succeeded)
        {
            return paging.Problem!;
        }

        if (filter.Check(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)) is { } badFilter)
        {
            return badFilter;
        }

        var (number, size) = paging.Value;
        var query = filter.Apply(db.AuditEntries.AsNoTracking());
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(a => a.Id).Skip((number - 1) * size).Take(size).ToListAsync(ct);
        await audit.RecordNowAsync(AuditAction.Searched, nameof(AuditEntry), "*", $"filters: {filter.Describe()}; page {number}; {items.Count} shown", ct);
        return new Page<AuditEntry>(items, number, size, total);
    }
}
