using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Exports;

/// <summary>
/// The case list as a file: the cases its filters select, in the list's order (<paramref name="sort"/> of
/// <see cref="ListCases.SortKeys"/>, longest waiting first when none is named), with the columns the actor may read. Read
/// in batches: after the last case number when sorted by it, otherwise by offset in the list's own order (whose ties go by
/// case number, so each case comes once).
/// </summary>
public sealed class ExportCases(PassageDbContext db, Actor actor, AuditLog audit, TimeProvider clock)
{
    private static readonly Sort ByNumber = new("number");

    public async Task<Result<ExportFile>> ExecuteAsync(
        CaseFilter filter, ExportFormat format, bool hxl = false, string? sort = null, CancellationToken ct = default)
    {
        var order = Sort.Parse(sort, ListCases.SortKeys, ListCases.DefaultSort);
        if (await ExportRules.CheckAsync(actor, audit, ExportList.Cases, nameof(Case), format, hxl, filter.Reads(), filter.Check() ?? order.Problem, ct) is { } problem)
        {
            return problem;
        }

        var columns = ExportColumns.For(actor, ExportList.Cases, ExportColumns.Cases);
        var now = clock.GetUtcNow();
        return new ExportFile(audit, "cases", nameof(Case), ExportRules.Filters(filter.Describe(), order.Value), format, [.. columns.Select(c => c.Name)],
            token => Rows(filter, order.Value, now, columns, token));
    }

    private async IAsyncEnumerable<ExportRow> Rows(
        CaseFilter filter, Sort order, DateTimeOffset now, IReadOnlyList<ExportColumn<CaseRow>> columns,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var row in ExportRules.InBatches<CaseRow>((last, read, token) => BatchAsync(filter, order, now, last?.CaseNumber, read, token), ct))
        {
            yield return ExportRules.Row(row.CaseNumber, columns, row);
        }
    }

    private async Task<List<CaseRow>> BatchAsync(CaseFilter filter, Sort order, DateTimeOffset now, string? after, int read, CancellationToken ct)
    {
        var rows = ListCases.Filter(ListCases.Rows(db), filter, now);
        if (order != ByNumber)
        {
            rows = ListCases.Sorted(rows, order).Skip(read);
        }
        else if (after is not null)
        {
#pragma warning disable CA1309, CA1310 // translated to SQL: the order the database sorts case numbers in
            rows = rows.Where(r => string.Compare(r.CaseNumber, after) > 0).OrderBy(r => r.CaseNumber);
#pragma warning restore CA1309, CA1310
        }
        else
        {
            rows = rows.OrderBy(r => r.CaseNumber);
        }

        var batch = await rows.Take(ExportRules.Batch).ToListAsync(ct);
        return batch.Select(r => new CaseRow(r.Id, r.CaseNumber, r.Status, r.Members, r.Country, r.WaitingSince)).ToList();
    }
}
