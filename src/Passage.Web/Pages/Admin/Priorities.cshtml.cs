using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.Priorities;

namespace Passage.Web.Pages.Admin;

/// <summary>The administrator sets the weights of the referral priority score.</summary>
[Authorize(Policy = nameof(Permission.ManagePriorityWeights))]
public sealed class PrioritiesModel(SetPriorityWeights weights) : PageModel
{
    [BindProperty]
    public PriorityWeightValues? Weights { get; set; }

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var current = await weights.CurrentAsync(ct);
        if (!current.Succeeded)
        {
            return NotFound();
        }

        Weights = current.Value;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Weights is null || !ModelState.IsValid)
        {
            ModelState.AddModelError("", "Every weight is a whole number from 0 to 1000.");
            return Page();
        }

        var result = await weights.ExecuteAsync(Weights, ct);
        if (!result.Succeeded)
        {
            result.Problem!.AddTo(ModelState, nameof(Weights));
            return Page();
        }

        Weights = result.Value;
        Saved = true;
        return Page();
    }
}
