using System.Globalization;
using Passage.Core.Audit;
using Passage.Core.Common;
using Passage.Core.Reporting;

namespace Passage.Core.Exports;

/// <summary>The aggregate tables that export as files: the dashboard's and the public report's.</summary>
public enum AggregateTable
{
    Remaining = 1,
    Departures = 2,
    Pledges = 3,
    Pipeline = 4,
    PublicByYear = 5,
    PublicBySex = 6,
}

/// <summary>
/// A table of counts from the dashboard or the public report as a file, optionally with an HXL hashtag row under the header
/// (the Humanitarian Exchange Language: <c>#country+code</c>, <c>#date</c>, <c>#affected+f</c> …) so that other agencies'
/// tools read it. Counts only: no export of records takes hashtags. The public report's tables keep their suppression
/// ("&lt;5", "×"). Whoever may read the figures may export them; a country's delegate gets their country's.
/// </summary>
public sealed class ExportAggregates(ViewDashboard dashboard, ViewPublicReport publicReport, AuditLog audit)
{
    public async Task<Result<ExportFile>> ExecuteAsync(AggregateTable table, ExportFormat format, bool hxl = false, CancellationToken ct = default)
    {
        if (!Enum.IsDefined(format) || !Enum.IsDefined(table))
        {
            return Problem.Invalid(Enum.IsDefined(format) ? "table" : "format", Enum.IsDefined(format) ? "Unknown table." : "The format must be Csv or Xlsx.");
        }

        var built = table is AggregateTable.PublicByYear or AggregateTable.PublicBySex ? await PublicAsync(table, ct) : await DashboardAsync(table, ct);
        if (built is not { } found)
        {
            return Problem.NotFound("Table");
        }

        var name = "aggregates-" + Slug(table);
        return new ExportFile(audit, name, "Aggregates", $"table={table}; hxl={(hxl ? "yes" : "no")}", format, found.Header,
            _ => Rows(found.Rows), hxl ? found.Hxl : null);
    }

    private async Task<Built?> DashboardAsync(AggregateTable table, CancellationToken ct)
    {
        if (await dashboard.ExecuteAsync(ct) is not { } figures)
        {
            return null;
        }

        return table switch
        {
            AggregateTable.Remaining when figures.Remaining is { } remaining => new Built(
                ["Week", "Residents"], ["#date+week", "#population+in_camp"],
                remaining.Select(p => Cells(Day(p.Week), Number(p.Residents))).ToList()),
            AggregateTable.Departures => new Built(
                ["Month", "Country", "Persons"], ["#date+month", "#country+code", "#affected+departed"],
                figures.Departures.Select(d => Cells(d.Month, d.Country, Number(d.Persons))).ToList()),
            AggregateTable.Pledges => new Built(
                ["Country", "Pledged", "Referred", "Accepted", "Departed", "Arrived", "Remaining"],
                ["#country+code", "#targeted+pledged", "#affected+referred", "#affected+accepted", "#affected+departed", "#affected+arrived", "#targeted+remaining"],
                figures.Pledges.Select(p => Cells(p.Country, Number(p.Pledged), Number(p.Referred), Number(p.Accepted), Number(p.Departed), Number(p.Arrived), Number(p.Remaining))).ToList()),
            AggregateTable.Pipeline => new Built(
                ["Stage", "Cases", "Persons", "MedianDaysWaiting", "Percentile90DaysWaiting"],
                ["#status+stage", "#indicator+cases+num", "#affected", "#indicator+median_days+num", "#indicator+p90_days+num"],
                figures.Pipeline.Select(s => Cells(s.Stage.ToString(), Number(s.Cases), Number(s.Persons), Days(s.MedianDays), Days(s.Percentile90Days))).ToList()),
            _ => null,
        };
    }

    private async Task<Built?> PublicAsync(AggregateTable table, CancellationToken ct)
    {
        if (await publicReport.ExecuteAsync(ct) is not { } report)
        {
            return null;
        }

        var name = table == AggregateTable.PublicByYear ? ViewPublicReport.ByYear : ViewPublicReport.BySex;
        if (report.Tables.FirstOrDefault(t => t.Source.Name == name) is not { } published)
        {
            // No departures yet: the table has no rows.
            return table == AggregateTable.PublicByYear
                ? new Built(["Country", "Total"], ["#country+code", "#affected+total"], [])
                : new Built(["Country", "Female", "Male", "Total"], ["#country+code", "#affected+f", "#affected+m", "#affected+total"], []);
        }

        var source = published.Source;
        var header = new List<string> { source.RowMargin };
        header.AddRange(source.Columns);
        header.Add("Total");
        var tags = new List<string> { "#country+code" };
        tags.AddRange(source.Columns.Select(c => table == AggregateTable.PublicBySex ? "#affected+" + c.ToLowerInvariant()[..1] : "#affected+y" + c));
        tags.Add("#affected+total");
        var rows = Enumerable.Range(0, source.Rows.Count).Append(-1)
            .Select(r => (IReadOnlyList<string>)[
                r < 0 ? "Total" : source.Rows[r],
                .. Enumerable.Range(0, source.Columns.Count).Select(c => published.At(r, c).Text),
                published.At(r, -1).Text,
            ])
            .ToList();
        return new Built(header, tags, rows);
    }

    private static async IAsyncEnumerable<ExportRow> Rows(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        foreach (var row in rows)
        {
            yield return new ExportRow(row[0], row);
        }

        await Task.CompletedTask;
    }

    private static string[] Cells(params string[] cells) => cells;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Days(double? days) => days is { } d ? d.ToString("0.0", CultureInfo.InvariantCulture) : "";

    private static string Slug(AggregateTable table) => table switch
    {
        AggregateTable.PublicByYear => "public-by-year",
        AggregateTable.PublicBySex => "public-by-sex",
        _ => table.ToString().ToLowerInvariant(),
    };

    private sealed record Built(IReadOnlyList<string> Header, IReadOnlyList<string> Hxl, IReadOnlyList<IReadOnlyList<string>> Rows);
}
