using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Movements;
using Passage.Core.Protection;

namespace Passage.Web.Pages.Movements;

/// <summary>
/// The movements calendar: the flights and convoys the user may see (a country delegate: to their country) leaving in a period,
/// day by day, with their seats; movement officers plan new ones here, and confirm the departure of cases cleared to return
/// to the origin country.
/// </summary>
[Authorize(Policy = nameof(Permission.ReadMovements))]
public sealed class IndexModel(
    ListMovements list, PlanMovement plan, ListReturnDepartures returns, ConfirmRepatriationDeparture departure, Actor actor, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty]
    public MovementForm Movement { get; set; } = new();

    [BindProperty]
    public Guid CaseId { get; set; }

    [BindProperty]
    public long Version { get; set; }

    public MovementCalendar Calendar { get; private set; } = new(null, []);

    /// <summary>Cases cleared to return to the origin country, whose departure a movement officer confirms here.</summary>
    public IReadOnlyList<ReturnDeparture> Returns { get; private set; } = [];

    public bool MayManage => actor.Can(Permission.ManageMovements);

    /// <summary>The days of the period with their movements: days still to come first, soonest first, then past days, latest first.</summary>
    public IEnumerable<IGrouping<DateOnly, MovementSummary>> Days
    {
        get
        {
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var days = Calendar.Movements.GroupBy(m => DateOnly.FromDateTime(m.DepartsAt.UtcDateTime)).ToList();
            return days.Where(d => d.Key >= today).OrderBy(d => d.Key).Concat(days.Where(d => d.Key < today).OrderByDescending(d => d.Key));
        }
    }

    public bool IsPast(DateOnly day) => day < DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Movement = MovementForm.Blank(clock);
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var result = await plan.ExecuteAsync(Movement.ToDetails(), ct);
        if (result.Succeeded)
        {
            TempData.SetNotice("The movement was planned. Book cases on it from each case's Movements page, or with the planner.");
            return Redirect($"/Movements/{result.Value.Id}");
        }

        result.Problem!.AddTo(ModelState, nameof(Movement));
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostReturnDepartureAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var confirmed = await departure.ExecuteAsync(CaseId, Version, ct);
        if (confirmed.Succeeded)
        {
            TempData.SetNotice("Departure confirmed: the case left for the origin country and is now Departed.", $"/Cases/{CaseId}", "Open the case");
            return RedirectToPage();
        }

        if (confirmed.Problem!.Kind == ProblemKind.NotFound)
        {
            return NotFound();
        }

        confirmed.Problem.AddTo(ModelState, "");
        Movement = MovementForm.Blank(clock);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        if (MayManage)
        {
            var waiting = await returns.ExecuteAsync(ct);
            Returns = waiting.Succeeded ? waiting.Value : [];
        }

        From ??= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(-30);
        To ??= From.Value.AddDays(180);
        var calendar = await list.ExecuteAsync(From.Value, To.Value, ct);
        Calendar = calendar.Succeeded ? calendar.Value : new(null, []);
    }
}
