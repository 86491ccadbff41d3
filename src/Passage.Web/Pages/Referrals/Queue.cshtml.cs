using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Pledges;
using Passage.Core.Priorities;

namespace Passage.Web.Pages.Referrals;

/// <summary>
/// The referral queue: cases awaiting referral ranked by the priority score, each rank explained term by term, filtered,
/// sortable and paged, with a form to refer a ready case to the open pledge that fits it best (preselected, with the reason).
/// </summary>
[Authorize(Policy = nameof(Permission.WritePledges))]
public sealed class QueueModel(ReferralQueue queue, ListPledges pledges, ReferCase refer) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public QueueReadiness? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Country { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Priority { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    // From the query only: "page" is also the route value naming the Razor page.
    [BindProperty(SupportsGet = true)]
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public Guid CaseId { get; set; }

    [BindProperty]
    public Guid PledgeId { get; set; }

    [BindProperty]
    public long Version { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public Page<QueueEntry>? Result { get; private set; }

    public IReadOnlyList<PledgeView> Pledges { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public Problem? Refusal { get; private set; }

    public SortColumns Columns => new(Filter.Order, sort => Link(1, sort));

    private QueueFilter Filter => new(Status, Blank(Country), Blank(Priority), Blank(Sort));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            Errors = FilterErrors.Of(ModelState);
            return Page();
        }

        return await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await refer.ExecuteAsync(CaseId, PledgeId, Version, string.IsNullOrWhiteSpace(Reason) ? "Every adult chose resettlement; ranked in the referral queue." : Reason, ct);
        if (result.Succeeded)
        {
            var warnings = result.Value.Warnings.Count == 0 ? "" : " Warning: " + string.Join(" ", result.Value.Warnings);
            TempData.SetNotice("The case was referred." + warnings, $"/Cases/{CaseId}/Referrals", "See its referral history");
            return Redirect(PageLink(PageNumber));
        }

        if (result.Problem!.Kind == ProblemKind.NotFound)
        {
            return NotFound();
        }

        Refusal = result.Problem;
        ModelState.Clear();
        return await LoadAsync(ct);
    }

    /// <summary>The open pledge preselected for a case, and why; null when no open pledge has room for it.</summary>
    public PledgeChoice? BestPledge(QueueEntry entry) => PledgeFit.Best(entry, Pledges);

    public string PageLink(int page) => Link(page, Blank(Sort));

    private string Link(int page, string? sort)
    {
        var query = new Dictionary<string, string?>
        {
            ["status"] = Status?.ToString(),
            ["country"] = Blank(Country),
            ["priority"] = Blank(Priority),
            ["sort"] = sort,
            ["page"] = page == 1 ? null : page.ToString(CultureInfo.InvariantCulture),
        };
        return QueryHelpers.AddQueryString("/Referrals/Queue", query.Where(q => q.Value is not null));
    }

    private async Task<IActionResult> LoadAsync(CancellationToken ct)
    {
        var result = await queue.PageAsync(Filter, PageNumber, PageSize, ct);
        if (result.Problem is { Kind: ProblemKind.Validation } invalid)
        {
            Errors = FilterErrors.Of(ModelState, invalid);
            return Page();
        }

        if (!result.Succeeded)
        {
            return NotFound();
        }

        Result = result.Value;
        Pledges = (await pledges.ExecuteAsync(ct)).Where(p => p.Status == PledgeStatus.Open).ToList();
        return Page();
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
