using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.Common;

namespace Passage.Web.Pages.Audit;

/// <summary>The auditor reviews every role given, turned down or taken away, and marks each reviewed.</summary>
[Authorize(Policy = nameof(Permission.ReadAudit))]
public sealed class RoleChangesModel(ReviewRoleChanges review) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    public IReadOnlyList<RoleChangeView> Changes { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    public async Task<IActionResult> OnPostReviewedAsync(Guid changeId, CancellationToken ct)
    {
        var result = await review.MarkReviewedAsync(changeId, ct);
        if (!result.Succeeded)
        {
            if (result.Problem!.Kind == ProblemKind.NotFound)
            {
                return NotFound();
            }

            result.Problem.AddTo(ModelState, "");
        }

        return await ShowAsync(ct);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var result = await review.ListAsync(All, ct);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        Changes = result.Value;
        return Page();
    }
}
