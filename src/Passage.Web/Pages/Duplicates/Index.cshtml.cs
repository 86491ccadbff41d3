using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Registry.Matching;

namespace Passage.Web.Pages.Duplicates;

/// <summary>The possible-duplicates queue: run a scan of the registry, then merge or separate each proposed pair, page by page.</summary>
[Authorize(Policy = nameof(Permission.WriteBiodata))]
public sealed class IndexModel(OpenDuplicateReviews queue, StartDuplicateScan startScan, ViewDuplicateScan viewScan, DecideDuplicate decide) : PageModel
{
    /// <summary>Pairs to a page: each pair is a table, its explanation and a form.</summary>
    public const int PageSize = 20;

    // From the query only: "page" is also the route value naming the Razor page.
    [BindProperty(SupportsGet = true)]
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public Page<DuplicateReviewRow>? Queue { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public string? Message { get; private set; }

    /// <summary>The latest scan, running or finished; null when none was ever started.</summary>
    public DuplicateScanView? Scan { get; private set; }

    public string RangeText => Queue is not { } q
        ? ""
        : string.Create(CultureInfo.InvariantCulture,
            $"{q.Total:N0} pair(s) waiting, most likely first; showing {((q.Number - 1) * q.Size) + 1:N0}–{((q.Number - 1) * q.Size) + q.Items.Count:N0}, page {q.Number} of {q.PageCount}.");

    /// <summary>A decision comes back to the page it was made on.</summary>
    public string DecideAction => string.Create(CultureInfo.InvariantCulture, $"/Duplicates?handler=Decide&page={PageNumber}");

    public string PageLink(int page) => string.Create(CultureInfo.InvariantCulture, $"/Duplicates?page={page}");

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
        var result = await queue.ExecuteAsync(PageNumber, PageSize, ct);
        if (result.Problem is { Kind: ProblemKind.Validation } invalid)
        {
            // The queue's first page, with the message about the page asked for.
            Errors = FilterErrors.Of(new(), invalid);
            PageNumber = 1;
            result = await queue.ExecuteAsync(PageNumber, PageSize, ct);
        }

        if (!result.Succeeded)
        {
            return NotFound();
        }

        if (result.Value is { Items.Count: 0, Number: > 1 } past)
        {
            // The last pairs of the last page were decided: show the page that is last now.
            PageNumber = past.PageCount;
            result = await queue.ExecuteAsync(PageNumber, PageSize, ct);
        }

        Queue = result.Value;
        Scan = (await viewScan.ExecuteAsync(null, ct)).Value;
        Message = message;
        return Page();
    }
}
