using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.Movements;

namespace Passage.Web.Pages.Movements;

/// <summary>
/// The movements calendar: the flights and convoys the user may see (a country delegate: to their country) leaving in a period,
/// day by day, with their seats; movement officers plan new ones here.
/// </summary>
[Authorize(Policy = nameof(Permission.ReadMovements))]
public sealed class IndexModel(ListMovements list, PlanMovement plan, Actor actor, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty]
    public MovementForm Movement { get; set; } = new();

    public MovementCalendar Calendar { get; private set; } = new(null, []);

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

    private async Task LoadAsync(CancellationToken ct)
    {
        From ??= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(-30);
        To ??= From.Value.AddDays(180);
        var calendar = await list.ExecuteAsync(From.Value, To.Value, ct);
        Calendar = calendar.Succeeded ? calendar.Value : new(null, []);
    }
}
