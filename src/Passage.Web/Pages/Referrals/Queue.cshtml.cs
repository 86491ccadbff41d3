using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Pledges;
using Passage.Core.Priorities;

namespace Passage.Web.Pages.Referrals;

/// <summary>
/// The referral queue: cases awaiting referral ranked by the priority score, each rank explained term by term, and a
/// form to refer a ready case to an open pledge. A refusal or warnings are shown above the queue.
/// </summary>
[Authorize(Policy = nameof(Permission.WritePledges))]
public sealed class QueueModel(ReferralQueue queue, ListPledges pledges, ReferCase refer) : PageModel
{
    [BindProperty]
    public Guid CaseId { get; set; }

    [BindProperty]
    public Guid PledgeId { get; set; }

    [BindProperty]
    public long Version { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public IReadOnlyList<QueueEntry> Entries { get; private set; } = [];

    public IReadOnlyList<PledgeView> Pledges { get; private set; } = [];

    public Problem? Refusal { get; private set; }

    public IReadOnlyList<string> Warnings { get; private set; } = [];

    public string? ReferredCase { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await refer.ExecuteAsync(CaseId, PledgeId, Version, string.IsNullOrWhiteSpace(Reason) ? "Every adult chose resettlement; ranked in the referral queue." : Reason, ct);
        if (result.Succeeded)
        {
            Warnings = result.Value.Warnings;
            ReferredCase = CaseId.ToString();
        }
        else if (result.Problem!.Kind == ProblemKind.NotFound)
        {
            return NotFound();
        }
        else
        {
            Refusal = result.Problem;
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Entries = await queue.ExecuteAsync(ct);
        Pledges = (await pledges.ExecuteAsync(ct)).Where(p => p.Status == PledgeStatus.Open).ToList();
    }
}
