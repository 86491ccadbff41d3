using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.FamilyContact;

namespace Passage.Web.Pages.FamilyContact;

/// <summary>
/// The one text a requester may be told, alone on the page, to read out or print. It names no request and no person, so
/// that the page is the same for every request whose answer is the same.
/// </summary>
[Authorize(Policy = nameof(Permission.ReadFamilyRequests))]
public sealed class AnswerModel(AnswerFamilyRequester answer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public string Text { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await answer.ExecuteAsync(Id, ct);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        Text = result.Value.Text;
        return Page();
    }
}
