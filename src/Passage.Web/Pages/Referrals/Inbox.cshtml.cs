using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
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
}
