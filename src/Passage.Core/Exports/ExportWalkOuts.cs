using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Common;
using Passage.Core.Protection;
using Passage.Core.Storage;

namespace Passage.Core.Exports;

/// <summary>
/// The walk-outs as a file, for protection officers, latest first: which case left when, what they ask for and who is
/// responsible. Where they are now stays in Passage: it is never read for an export.
/// </summary>
public sealed class ExportWalkOuts(PassageDbContext db, Actor actor, AuditLog audit)
{
    public async Task<Result<ExportFile>> ExecuteAsync(ExportFormat format, bool hxl = false, CancellationToken ct = default)
    {
        if (await ExportRules.CheckAsync(actor, audit, ExportList.WalkOuts, nameof(WalkOut), format, hxl, [], null, ct) is { } problem)
        {
            return problem;
        }

        var columns = ExportColumns.For(actor, ExportList.WalkOuts, ExportColumns.WalkOuts);
        return new ExportFile(audit, "walk-outs", nameof(WalkOut), "", format, [.. columns.Select(c => c.Name)], token => Rows(columns, token));
    }

    private async IAsyncEnumerable<ExportRow> Rows(IReadOnlyList<ExportColumn<WalkOutLine>> columns, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var line in ExportRules.InBatches<WalkOutLine>((_, read, token) => BatchAsync(read, token), ct))
        {
            yield return ExportRules.Row(line.CaseNumber, columns, line);
        }
    }

    // Projected without the sealed whereabouts, which are never decrypted for an export.
    private Task<List<WalkOutLine>> BatchAsync(int skip, CancellationToken ct) =>
        db.Set<WalkOut>().AsNoTracking()
            .Join(db.Cases, w => w.CaseId, c => c.Id, (w, c) => new { w.LeftOn, w.Asks, w.ResponsibleOfficerName, w.RecordedAt, c.CaseNumber })
            .OrderByDescending(r => r.LeftOn).ThenBy(r => r.CaseNumber).Skip(skip).Take(ExportRules.Batch)
            .Select(r => new WalkOutLine(r.CaseNumber, r.LeftOn, r.Asks, r.ResponsibleOfficerName, r.RecordedAt))
            .ToListAsync(ct);
}
