using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.Audit.BreakGlass;
using Passage.Core.Common;

namespace Passage.Web.Pages.Audit;

/// <summary>The auditor's review queue of emergency access: each grant with its reason, marked justified or not.</summary>
[Authorize(Policy = nameof(Permission.ReviewBreakGlass))]
public sealed class BreakGlassModel(ListBreakGlassGrants list, ReviewBreakGlass review) : PageModel
{
    /// <summary>Every grant instead of only those waiting for review.</summary>
    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public Page<BreakGlassGrantView> Grants { get; private set; } = null!;

    public Guid? Failed { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(ct);

    public async Task<IActionResult> OnPostAsync(Guid grant, bool? justified, string? note, CancellationToken ct)
    {
        var result = await review.ExecuteAsync(grant, justified, note, ct);
        if (result.Succeeded)
        {
            TempData.SetNotice("The review was recorded.");
            return Redirect(PageLink(PageNumber));
        }

        if (result.Problem!.Kind == ProblemKind.NotFound)
        {
            return NotFound();
        }

        ModelState.Clear();
        Failed = grant;
        result.Problem.AddTo(ModelState, "");
        return await ShowAsync(ct);
    }

    public string PageLink(int page) => $"/Audit/BreakGlass?page={page}{(All ? "&all=true" : "")}";

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var result = await list.ExecuteAsync(!All, PageNumber, Paging.DefaultSize, ct);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        Grants = result.Value;
        return Page();
    }
}
