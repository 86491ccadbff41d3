using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Verification;

namespace Passage.Web.Pages.Verification;

/// <summary>A registration supervisor reviews one request's candidates, explanations and fraud flags, and answers it.</summary>
[Authorize(Policy = nameof(Permission.AnswerVerification))]
public sealed class ReviewModel(ReviewVerificationRequest review, AnswerVerificationRequest answer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public VerificationAnswer? Answer { get; set; }

    [BindProperty]
    public Guid? PersonId { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public VerificationReview Review { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var result = await answer.ExecuteAsync(Id, new VerificationDecision(Answer, PersonId, Note), ct);
        if (result.Succeeded)
        {
            TempData.SetNotice($"The request was answered: {result.Value.AnswerLabel.ToLowerInvariant()}.");
            return Redirect($"/Verification/Reviews/{Id}");
        }

        if (result.Problem!.Kind == ProblemKind.NotFound)
        {
            return NotFound();
        }

        result.Problem.AddTo(ModelState, "");
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var result = await review.ExecuteAsync(Id, ct);
        if (result.Succeeded)
        {
            Review = result.Value;
        }

        return result.Succeeded;
    }
}
