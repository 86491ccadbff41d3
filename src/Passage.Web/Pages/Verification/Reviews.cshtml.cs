using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.Verification;

namespace Passage.Web.Pages.Verification;

/// <summary>The registration supervisors' queue of verification requests: unanswered first, with their fraud flags.</summary>
[Authorize(Policy = nameof(Permission.AnswerVerification))]
public sealed class ReviewsModel(ReviewVerificationRequest review) : PageModel
{
    public IReadOnlyList<VerificationQueueEntry> Queue { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Queue = await review.QueueAsync(ct);
}
