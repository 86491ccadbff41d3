using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Exports;

/// <summary>The auditor's search of the audit log as a file, newest first, read in batches.</summary>
public sealed class ExportAudit(PassageDbContext db, Actor actor, AuditLog audit, TimeProvider clock)
{
    public async Task<Result<ExportFile>> ExecuteAsync(AuditFilter filter, ExportFormat format, bool hxl = false, CancellationToken ct = default)
    {
        var badFilter = filter.Check(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        if (await ExportRules.CheckAsync(actor, audit, ExportList.Audit, nameof(AuditEntry), format, hxl, [], badFilter, ct) is { } problem)
        {
            return problem;
        }

        var columns = ExportColumns.For(actor, ExportList.Audit, ExportColumns.Audit);
        return new ExportFile(audit, "audit", nameof(AuditEntry), filter.Describe(), format, [.. columns.Select(c => c.Name)],
            token => Rows(filter, columns, token));
    }

    private async IAsyncEnumerable<ExportRow> Rows(
        AuditFilter filter, IReadOnlyList<ExportColumn<AuditEntry>> columns, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        // Entries written during the export (its own audit entry among them) come after the first batch's newest: not in it.
        var newest = await db.AuditEntries.MaxAsync(a => (long?)a.Id, ct) ?? 0;
        await foreach (var entry in ExportRules.InBatches<AuditEntry>((last, _, token) => BatchAsync(filter, last?.Id ?? newest + 1, token), ct))
        {
            yield return ExportRules.Row(entry.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), columns, entry);
        }
    }

    private Task<List<AuditEntry>> BatchAsync(AuditFilter filter, long before, CancellationToken ct) =>
        filter.Apply(db.AuditEntries.AsNoTracking()).Where(a => a.Id < before).OrderByDescending(a => a.Id).Take(ExportRules.Batch).ToListAsync(ct);
}
