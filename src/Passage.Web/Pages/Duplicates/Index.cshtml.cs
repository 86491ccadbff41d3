using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Registry.Matching;

namespace Passage.Web.Pages.Duplicates;

/// <summary>The possible-duplicates queue: run a scan of the registry, then merge or separate each proposed pair.</summary>
[Authorize(Policy = nameof(Permission.WriteBiodata))]
public sealed class IndexModel(OpenDuplicateReviews queue, ScanForDuplicates scan, DecideDuplicate decide) : PageModel
{
    [BindProperty(Name = "page", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public Page<DuplicateReviewRow>? Queue { get; private set; }

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(null, ct);

    public async Task<IActionResult> OnPostScanAsync(CancellationToken ct)
    {
        var found = await scan.ExecuteAsync(null, ct);
        return await ShowAsync(found.Succeeded ? $"The scan proposed {found.Value} new pair(s)." : found.Problem!.Title, ct);
    }

    public async Task<IActionResult> OnPostDecideAsync(long reviewId, string decision, Guid? keep, string? reason, CancellationToken ct)
    {
        var result = await decide.ExecuteAsync(reviewId, decision == "merge", keep, reason, ct);
        if (!result.Succeeded)
        {
            ModelState.AddModelError($"Reason-{reviewId}", result.Problem!.Errors?.Values.First()[0] ?? result.Problem.Detail ?? result.Problem.Title);
            return await ShowAsync(null, ct);
        }

        return await ShowAsync(decision == "merge" ? "The records were merged." : "The pair was recorded as different people.", ct);
    }

    private async Task<IActionResult> ShowAsync(string? message, CancellationToken ct)
    {
        var result = await queue.ExecuteAsync(PageNumber, ct);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        Queue = result.Value;
        Message = message;
        return Page();
    }
}
