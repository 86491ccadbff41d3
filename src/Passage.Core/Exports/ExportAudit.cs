using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Exports;

/// <summary>
/// The auditor's search of the audit log as a file: the same filters (a record named by its registration or case number
/// too) and the same order (<paramref name="sort"/> of <see cref="SearchAudit.SortKeys"/>, newest first when none is named).
/// Read in batches: before the last entry read when newest first, otherwise by offset in the search's own order (whose ties
/// go by entry, so each comes once). Entries written during the export are not in it.
/// </summary>
public sealed class ExportAudit(PassageDbContext db, Actor actor, AuditLog audit, TimeProvider clock)
{
    public async Task<Result<ExportFile>> ExecuteAsync(
        AuditFilter filter, ExportFormat format, bool hxl = false, string? sort = null, CancellationToken ct = default)
    {
        var order = Sort.Parse(sort, SearchAudit.SortKeys, SearchAudit.DefaultSort);
        var badFilter = filter.Check(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)) ?? order.Problem;
        if (await ExportRules.CheckAsync(actor, audit, ExportList.Audit, nameof(AuditEntry), format, hxl, [], badFilter, ct) is { } problem)
        {
            return problem;
        }

        var columns = ExportColumns.For(actor, ExportList.Audit, ExportColumns.Audit);
        var resolved = await SearchAudit.ResolveAsync(db, filter, ct);
        await audit.WriteQueuedReadsAsync(ct);
        return new ExportFile(audit, "audit", nameof(AuditEntry), ExportRules.Filters(resolved.Describe(), order.Value), format, [.. columns.Select(c => c.Name)],
            token => Rows(resolved, order.Value, columns, token));
    }

    private async IAsyncEnumerable<ExportRow> Rows(
        AuditFilter filter, Sort order, IReadOnlyList<ExportColumn<AuditEntry>> columns, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        // Entries written during the export (its own audit entry among them) come after the first batch's newest: not in it.
        var newest = await db.AuditEntries.MaxAsync(a => (long?)a.Id, ct) ?? 0;
        await foreach (var entry in ExportRules.InBatches<AuditEntry>((last, read, token) => BatchAsync(filter, order, newest, last?.Id, read, token), ct))
        {
            yield return ExportRules.Row(entry.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), columns, entry);
        }
    }

    private Task<List<AuditEntry>> BatchAsync(AuditFilter filter, Sort order, long newest, long? after, int read, CancellationToken ct)
    {
        var entries = filter.Apply(db.AuditEntries.AsNoTracking()).Where(a => a.Id <= newest);
        var page = order == SearchAudit.DefaultSort
            ? entries.Where(a => a.Id < (after ?? newest + 1)).OrderByDescending(a => a.Id)
            : SearchAudit.Sorted(entries, order).Skip(read);
        return page.Take(ExportRules.Batch).ToListAsync(ct);
    }
}
