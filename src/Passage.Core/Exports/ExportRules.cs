using System.Runtime.CompilerServices;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Common;

namespace Passage.Core.Exports;

/// <summary>What every export checks before it writes, and how it reads its rows: in batches, never the whole list at once.</summary>
internal static class ExportRules
{
    /// <summary>Rows read from the database at a time.</summary>
    public const int Batch = 500;

    private static readonly string[] UnreadableFilter = ["Your role may not read this field, so it cannot export a list narrowed by it."];

    /// <summary>
    /// Null when the actor may export the list in that format with those filters; otherwise the problem. A filter on a field
    /// the actor may not read is refused as the list refuses it (and audited as a refusal); HXL hashtags are refused on
    /// every list of records, because they hold personal data.
    /// </summary>
    public static async Task<Problem?> CheckAsync(
        Actor actor, AuditLog audit, ExportList list, string entityType, ExportFormat format, bool hxl, IEnumerable<(string Field, FieldGroup Group)> reads,
        Problem? badFilter, CancellationToken ct)
    {
        if (!ExportColumns.MayExport(actor, list))
        {
            return Problem.Refused($"Your role may not export {What(list)}.");
        }

        var errors = new ValidationErrors();
        if (!Enum.IsDefined(format))
        {
            errors.Add("format", "The format must be Csv or Xlsx.");
        }

        if (hxl)
        {
            errors.Add("hxl", "HXL hashtags go on aggregate tables only, never on a list of records.");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var unreadable = reads.Where(f => !actor.CanEverywhere(AccessPolicy.ReadPermission(f.Group))).ToList();
        if (unreadable.Count > 0)
        {
            await audit.RecordNowAsync(AuditAction.Refused, entityType, "export", $"export refused: filter on {string.Join(',', unreadable.Select(f => f.Group))}", ct);
            return Problem.Invalid(unreadable.ToDictionary(f => f.Field, _ => UnreadableFilter, StringComparer.Ordinal));
        }

        return badFilter;
    }

    private static string What(ExportList list) => list switch
    {
        ExportList.Persons => "person records",
        ExportList.Cases => "the case list",
        ExportList.Audit => "the audit log",
        ExportList.Incidents => "incidents",
        ExportList.Referrals => "referrals",
        _ => "walk-outs",
    };

    /// <summary>The filters and the order of an export, as its audit entry names them (as a list's own entry does).</summary>
    public static string Filters(string filters, Sort order) => $"{filters}; sort {order}";

    /// <summary>A row of the given columns, named in the audit by <paramref name="key"/>.</summary>
    public static ExportRow Row<TRow>(string key, IReadOnlyList<ExportColumn<TRow>> columns, TRow row) =>
        new(key, columns.Select(c => c.Value(row)).ToArray());

    /// <summary>
    /// Reads batch after batch until one comes back short: <paramref name="next"/> gets the last row read (null at first) and
    /// how many were read, for a keyset or an offset.
    /// </summary>
    public static async IAsyncEnumerable<T> InBatches<T>(Func<T?, int, CancellationToken, Task<List<T>>> next, [EnumeratorCancellation] CancellationToken ct)
        where T : class
    {
        T? last = null;
        var read = 0;
        while (true)
        {
            var batch = await next(last, read, ct);
            foreach (var row in batch)
            {
                yield return row;
            }

            if (batch.Count < Batch)
            {
                yield break;
            }

            last = batch[^1];
            read += batch.Count;
        }
    }
}
