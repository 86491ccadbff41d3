using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Movements.Planning;

namespace Passage.Web.Pages.Movements;

/// <summary>
/// The movement planner: proposes bookings of the cleared, accepted cases onto the open movements, says whether the plan is
/// optimal and why each case left out is left out; the movement officer unticks what they do not want and accepts the
/// rest, booked all at once or, when anything changed since the proposal, not at all.
/// </summary>
[Authorize(Policy = nameof(Permission.ManageMovements))]
public sealed class PlannerModel(ProposeMovementPlan propose, AcceptMovementPlan accept) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool Propose { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? MaxSeriousMedical { get; set; }

    /// <summary>The bookings kept, each as <c>movement:version:case</c>.</summary>
    [BindProperty]
    public List<string> Keep { get; set; } = [];

    public MovementProposal? Proposal { get; private set; }

    public Problem? Refusal { get; private set; }

    public static string KeepValue(ProposedMovement movement, ProposedCase @case) =>
        string.Create(CultureInfo.InvariantCulture, $"{movement.Movement.Id}:{movement.Movement.Version}:{@case.CaseId}");

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!Propose || !ModelState.IsValid)
        {
            return Page();
        }

        var proposed = await propose.ExecuteAsync(MaxSeriousMedical, ct);
        if (proposed.Succeeded)
        {
            Proposal = proposed.Value;
        }
        else
        {
            proposed.Problem!.AddTo(ModelState, "");
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var bookings = Keep.Select(Parse).ToList();
        if (bookings.Any(b => b is null))
        {
            return BadRequest();
        }

        var accepted = await accept.ExecuteAsync(bookings.Select(b => b!).ToList(), ct);
        if (accepted.Succeeded)
        {
            var a = accepted.Value;
            TempData.SetNotice(string.Create(CultureInfo.InvariantCulture, $"The plan was accepted: {a.Cases} case(s), {a.Persons} person(s) booked on {a.Movements} movement(s)."), "/Movements", "See the movements");
            return Redirect("/Movements/Planner");
        }

        if (accepted.Problem!.Kind == ProblemKind.NotFound)
        {
            return NotFound();
        }

        Refusal = accepted.Problem;
        return Page();
    }

    private static PlannedBooking? Parse(string value)
    {
        var parts = value.Split(':');
        return parts.Length == 3 && Guid.TryParse(parts[0], out var movement) && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            && Guid.TryParse(parts[2], out var @case)
            ? new PlannedBooking(movement, version, @case)
            : null;
    }
}
