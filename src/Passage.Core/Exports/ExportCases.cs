using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Exports;

/// <summary>The case list as a file: the cases its filters select, in case-number order, with the columns the actor may read.</summary>
public sealed class ExportCases(PassageDbContext db, Actor actor, AuditLog audit, TimeProvider clock)
{
    public async Task<Result<ExportFile>> ExecuteAsync(CaseFilter filter, ExportFormat format, bool hxl = false, CancellationToken ct = default)
    {
        if (await ExportRules.CheckAsync(actor, audit, ExportList.Cases, nameof(Case), format, hxl, filter.Reads(), filter.Check(), ct) is { } problem)
        {
            return problem;
        }

        var columns = ExportColumns.For(actor, ExportList.Cases, ExportColumns.Cases);
        var now = clock.GetUtcNow();
        return new ExportFile(audit, "cases", nameof(Case), filter.Describe(), format, [.. columns.Select(c => c.Name)],
            token => Rows(filter, now, columns, token));
    }

    private async IAsyncEnumerable<ExportRow> Rows(
        CaseFilter filter, DateTimeOffset now, IReadOnlyList<ExportColumn<CaseRow>> columns, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var row in ExportRules.InBatches<CaseRow>((last, _, token) => BatchAsync(filter, now, last?.CaseNumber, token), ct))
        {
            yield return ExportRules.Row(row.CaseNumber, columns, row);
        }
    }

    private async Task<List<CaseRow>> BatchAsync(CaseFilter filter, DateTimeOffset now, string? after, CancellationToken ct)
    {
        var rows = ListCases.Filter(ListCases.Rows(db), filter, now);
        if (after is not null)
        {
#pragma warning disable CA1309, CA1310 // translated to SQL: the order the database sorts case numbers in
            rows = rows.Where(r => string.Compare(r.CaseNumber, after) > 0);
#pragma warning restore CA1309, CA1310
        }

        var batch = await rows.OrderBy(r => r.CaseNumber).Take(ExportRules.Batch).ToListAsync(ct);
        return batch.Select(r => new CaseRow(r.Id, r.CaseNumber, r.Status, r.Members, r.Country, r.WaitingSince)).ToList();
    }
}
