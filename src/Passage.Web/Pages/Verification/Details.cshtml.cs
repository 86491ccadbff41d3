using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.Verification;

namespace Passage.Web.Pages.Verification;

/// <summary>One request as the country that asked sees it: its own claim and the answer, nothing else of the registry.</summary>
[Authorize(Policy = nameof(Permission.RequestVerification))]
public sealed class DetailsModel(ViewVerificationRequest view) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public VerificationRequestView Asked { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await view.ExecuteAsync(Id, ct);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        Asked = result.Value;
        return Page();
    }
}
