using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.Exports;
using Passage.Core.Reporting;

namespace Passage.Web.Pages.Reports;

/// <summary>The public report: aggregate tables with small counts suppressed, printable, and as a PDF (<c>?format=pdf</c>).</summary>
[Authorize(Policy = nameof(Permission.ReadAggregateReports))]
public sealed class PublicModel(ViewPublicReport view) : PageModel
{
    public PublicReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? format, CancellationToken ct)
    {
        if (await view.ExecuteAsync(ct) is not { } report)
        {
            return NotFound();
        }

        Report = report;
        return format == "pdf" ? File(report.ToPdf(), "application/pdf", $"public-report-{report.Today:yyyy-MM-dd}.pdf") : Page();
    }

    /// <summary>One of the report's tables as a file, as published (small counts suppressed), with an HXL hashtag row when asked for.</summary>
    public async Task<IActionResult> OnGetExportAsync(AggregateTable table, ExportFormat format, bool hxl, [FromServices] ExportAggregates export, CancellationToken ct) =>
        await ExportForm.AnswerAsync(this, () => export.ExecuteAsync(table, format, hxl, ct), () => OnGetAsync(null, ct));

    public static ExportForm ExportOf(string tableName) =>
        new("/Reports/Public", new Dictionary<string, string?>(), (tableName == ViewPublicReport.ByYear ? AggregateTable.PublicByYear : AggregateTable.PublicBySex).ToString(), "Export this table");
}
