using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Screening;

namespace Passage.Web.Pages.Screening;

/// <summary>One hit beside its entry and the explanation, and the security officer's adjudication.</summary>
[Authorize(Policy = nameof(Permission.ScreenAgainstLists))]
public sealed class HitModel(ListScreeningHits hits, AdjudicateHit adjudicate) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    [BindProperty]
    public HitStatus? Finding { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public ScreeningHitView Hit { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var result = await adjudicate.ExecuteAsync(Id, Finding, Reason, ct);
        if (result.Succeeded)
        {
            TempData.SetNotice(result.Value.Status == HitStatus.FalseMatch
                ? "Recorded as a false match: not proposed again unless the entry changes."
                : "Recorded as a possible true match: the case is on hold.", "/Screening/Hits", "Next hits");
            return Redirect($"/Screening/Hits/{Id}");
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
        var result = await hits.ViewAsync(Id, ct);
        if (result.Succeeded)
        {
            Hit = result.Value;
        }

        return result.Succeeded;
    }
}
