using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
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
}
