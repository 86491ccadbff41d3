using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.Audit.BreakGlass;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Movements;
using Passage.Web.Accounts;
using Passage.Web.Pages.BreakGlass;

namespace Passage.Web.Pages.Cases;

/// <summary>
/// A case: members, history, and a form offering only the transitions the user may make now. A refusal shows its
/// reason; a stale version says so and keeps the reason the user typed.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class DetailsModel(ViewCase view, MoveCase move, ViewCaseMovements movements, Actor actor) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public CaseStatus? To { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public long Version { get; set; }

    public CaseView Case { get; private set; } = null!;

    public Problem? Refusal { get; private set; }

    /// <summary>Whether some members of the case left on a movement and others did not travel.</summary>
    public bool PartlyDeparted { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (To is not { } to)
        {
            ModelState.AddModelError(nameof(To), "Choose the status to move the case to.");
            return await ShowAsync(ct);
        }

        var result = await move.ExecuteAsync(Id, to, Reason, Version, ct);
        if (result.Succeeded)
        {
            TempData.SetNotice($"The case moved to {CaseStatuses.Label(to)}.");
            return Redirect($"/Cases/{Id}");
        }

        switch (result.Problem!.Kind)
        {
            case ProblemKind.NotFound:
                return NotFound();
            case ProblemKind.Validation:
                result.Problem.AddTo(ModelState, "");
                break;
            default:
                Refusal = result.Problem;
                break;
        }

        return await ShowAsync(ct);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var result = await view.ExecuteAsync(Id, ct);
        if (!result.Succeeded)
        {
            return BreakGlassForm.NotAllowedOrNotFound(this, actor, BreakGlassRecord.Case, Id);
        }

        Case = result.Value;
        if (actor.Can(Permission.ReadMovements) && await movements.ExecuteAsync(Id, ct) is { Succeeded: true } booked)
        {
            PartlyDeparted = booked.Value.Bookings.Any(b => b.Booking.PartlyDeparted);
        }
        Version = Case.Version;
        return Page();
    }
}
