using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Verification;

namespace Passage.Web.Pages.Verification;

/// <summary>The registration supervisors' queue of verification requests: unanswered first, with their fraud flags.</summary>
[Authorize(Policy = nameof(Permission.AnswerVerification))]
public sealed class ReviewsModel(ReviewVerificationRequest review) : PageModel
{
    /// <summary>Rows to a page.</summary>
    public const int PageSize = 25;

    // From the query only: "page" is also the route value naming the Razor page.
    [BindProperty(SupportsGet = true)]
    [FromQuery(Name = "page")]
    public int? PageNumber { get; set; }

    public Page<VerificationQueueEntry> Queue { get; private set; } = new([], 1, PageSize, 0);

    /// <summary>What was wrong with the page number asked for; the first page shows instead.</summary>
    public IReadOnlyList<string> PageErrors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var read = await PageRead.OfAsync(PageNumber, n => review.QueueAsync(n, PageSize, ct));
        Queue = read.Result.Value ?? Queue;
        PageErrors = read.Errors;
    }
}
