using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.Exports;
using Passage.Core.Pledges;

namespace Passage.Web.Pages.Referrals;

/// <summary>
/// Referrals by status: for a country delegate, their inbox of cases submitted to their country (and nothing else);
/// for resettlement, protection and movement officers, every country's.
/// </summary>
[Authorize(Policy = nameof(Permission.ReadPledges))]
public sealed class InboxModel(ListReferrals list) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ReferralStatus? Status { get; set; } = ReferralStatus.Submitted;

    public IReadOnlyList<ReferralSummary> Referrals { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Referrals = await list.ExecuteAsync(Status, null, ct);

    /// <summary>The list as a file, with its status filter.</summary>
    public async Task<IActionResult> OnGetExportAsync(ExportFormat format, bool hxl, [FromServices] ExportReferrals export, CancellationToken ct) =>
        await ExportForm.AnswerAsync(this, () => export.ExecuteAsync(Status, format, hxl, ct), async () =>
        {
            await OnGetAsync(ct);
            return Page();
        });

    public ExportForm Export => new("/Referrals", new Dictionary<string, string?> { ["status"] = Status?.ToString() ?? "" });
}
