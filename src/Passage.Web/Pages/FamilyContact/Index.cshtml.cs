using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.FamilyContact;

namespace Passage.Web.Pages.FamilyContact;

/// <summary>The family-contact inbox: every request, latest first, with its stage.</summary>
[Authorize(Policy = nameof(Permission.ReadFamilyRequests))]
public sealed class IndexModel(ListFamilyRequests list) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    public Page<FamilyRequestSummary>? Requests { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await list.ExecuteAsync(PageNumber, null, ct);
        if (!result.Succeeded)
        {
            return result.Problem!.Kind == ProblemKind.NotFound ? NotFound() : BadRequest();
        }

        Requests = result.Value;
        return Page();
    }
}
