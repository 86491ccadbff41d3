using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.Exports;
using Passage.Core.Reporting;

namespace Passage.Web.Pages.Dashboard;

/// <summary>
/// The operation's dashboard: the camp emptying, departures, pledges, the case pipeline and the forecast, each chart beside
/// its table. A country delegate sees only their country's figures.
/// </summary>
[Authorize(Policy = nameof(Permission.ReadAggregateReports))]
public sealed class IndexModel(ViewDashboard view) : PageModel
{
    public Core.Reporting.Dashboard Figures { get; private set; } = null!;

    public string? RemainingChart { get; private set; }

    public string? DeparturesChart { get; private set; }

    /// <summary>The months of the departures table, oldest first.</summary>
    public IReadOnlyList<string> Months { get; private set; } = [];

    /// <summary>The countries of the departures table.</summary>
    public IReadOnlyList<string> Countries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await view.ExecuteAsync(ct) is not { } figures)
        {
            return NotFound();
        }

        Figures = figures;
        if (figures.Remaining is { Count: > 0 } remaining)
        {
            RemainingChart = Charts.Line(
                remaining.Select(p => p.Week.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ToList(),
                remaining.Select(p => (double)p.Residents).ToList(), "Residents");
        }

        Months = figures.Departures.Select(d => d.Month).Distinct().Order(StringComparer.Ordinal).ToList();
        Countries = figures.Departures.Select(d => d.Country).Distinct().Order(StringComparer.Ordinal).ToList();
        if (Months.Count > 0)
        {
            DeparturesChart = Charts.StackedBars(Months, Countries.Select(c => (c, (IReadOnlyList<double>)Months.Select(m => (double)Departed(m, c)).ToList())).ToList(), "Persons");
        }

        return Page();
    }

    /// <summary>One of the page's tables as a file, with an HXL hashtag row when asked for.</summary>
    public async Task<IActionResult> OnGetExportAsync(AggregateTable table, ExportFormat format, bool hxl, [FromServices] ExportAggregates export, CancellationToken ct) =>
        await ExportForm.AnswerAsync(this, () => export.ExecuteAsync(table, format, hxl, ct), () => OnGetAsync(ct));

    public static ExportForm ExportOf(AggregateTable table) => new("/Dashboard", new Dictionary<string, string?>(), table.ToString(), "Export this table");

    public int Departed(string month, string country) =>
        Figures.Departures.Where(d => d.Month == month && d.Country == country).Sum(d => d.Persons);
}
