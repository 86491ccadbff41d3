using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.Audit.BreakGlass;
using Passage.Core.Incidents;
using Passage.Web.Pages.BreakGlass;

namespace Passage.Web.Pages.Casualties;

/// <summary>
/// Who one casualty is: for the security officer, or under an emergency grant; anyone else of the operation gets the
/// "not allowed" page with the form for a reason, whether the casualty exists or not.
/// </summary>
[Authorize(Policy = nameof(Permission.ReadIncidents))]
public sealed class DetailsModel(ViewCasualty view, Actor actor) : PageModel
{
    public CasualtyView Casualty { get; private set; } = null!;

    public DateTimeOffset? GrantUntil { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var result = await view.ExecuteAsync(id, ct);
        if (!result.Succeeded)
        {
            return BreakGlassForm.NotAllowedOrNotFound(this, actor, BreakGlassRecord.Casualty, id);
        }

        (Casualty, GrantUntil) = result.Value;
        return Page();
    }
}
