using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.FamilyContact;

namespace Passage.Web.Pages.FamilyContact;

/// <summary>The security officer's list of flagged requesters.</summary>
[Authorize(Policy = nameof(Permission.ReadFamilyRequestFlags))]
public sealed class FlagsModel(ListFamilyRequestFlags list) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    public Page<FamilyRequestFlagView>? Flags { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await list.ExecuteAsync(PageNumber, null, ct);
        if (!result.Succeeded)
        {
            return result.Problem!.Kind == ProblemKind.NotFound ? NotFound() : BadRequest();
        }

        Flags = result.Value;
        return Page();
    }
}
