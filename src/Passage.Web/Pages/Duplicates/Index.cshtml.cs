using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Registry.Matching;

namespace Passage.Web.Pages.Duplicates;

/// <summary>The possible-duplicates queue: run a scan of the registry, then merge or separate each proposed pair.</summary>
[Authorize(Policy = nameof(Permission.WriteBiodata))]
public sealed class IndexModel(OpenDuplicateReviews queue, StartDuplicateScan startScan, ViewDuplicateScan viewScan, DecideDuplicate decide) : PageModel
{
    // From the query only: "page" is also the route value naming the Razor page.
    [BindProperty(SupportsGet = true)]
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public Page<DuplicateReviewRow>? Queue { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public string? Message { get; private set; }

    /// <summary>The latest scan, running or finished; null when none was ever started.</summary>
    public DuplicateScanView? Scan { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(null, ct);

    /// <summary>The scan status block alone, for the page's polling script.</summary>
    public async Task<IActionResult> OnGetStatusAsync(CancellationToken ct)
    {
        var scan = await viewScan.ExecuteAsync(null, ct);
        return scan.Succeeded ? Partial("_ScanStatus", scan.Value) : NotFound();
    }

    public async Task<IActionResult> OnPostScanAsync(CancellationToken ct)
    {
        var started = await startScan.ExecuteAsync(ct);
        return await ShowAsync(started.Succeeded ? "The scan has started. Its progress shows below; new pairs join the queue as they are found." : started.Problem!.Detail ?? started.Problem.Title, ct);
    }

    public async Task<IActionResult> OnPostDecideAsync(long reviewId, string decision, Guid? keep, string? reason, CancellationToken ct)
    {
        var result = await decide.ExecuteAsync(reviewId, decision == "merge", keep, reason, ct);
        if (!result.Succeeded)
        {
            ModelState.AddModelError($"Reason-{reviewId}", result.Problem!.Errors?.Values.First()[0] ?? result.Problem.Detail ?? result.Problem.Title);
            return await ShowAsync(null, ct);
        }

        return await ShowAsync(decision == "merge" ? "The records were merged. The kept record also carries the other record's names, as aliases." : "The pair was recorded as different people.", ct);
    }

    private async Task<IActionResult> ShowAsync(string? message, CancellationToken ct)
    {
        var result = await queue.ExecuteAsync(PageNumber, ct);
        if (result.Problem is { Kind: ProblemKind.Validation } invalid)
        {
            // The queue's first page, with the message about the page asked for.
            Errors = FilterErrors.Of(new(), invalid);
            PageNumber = 1;
            result = await queue.ExecuteAsync(PageNumber, ct);
        }

        if (!result.Succeeded)
        {
            return NotFound();
        }

        Queue = result.Value;
        Scan = (await viewScan.ExecuteAsync(null, ct)).Value;
        Message = message;
        return Page();
    }
}
