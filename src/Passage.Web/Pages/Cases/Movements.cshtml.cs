using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Movements;

namespace Passage.Web.Pages.Cases;

/// <summary>A case's bookings on movements, flagged when the family departed only in part; a movement officer books a cleared case here.</summary>
[Authorize(Policy = nameof(Permission.ReadMovements))]
public sealed class MovementsModel(ViewCaseMovements view, BookCase book, Actor actor) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public Guid MovementId { get; set; }

    public CaseMovements Case { get; private set; } = null!;

    public Problem? Refusal { get; private set; }

    public bool MayManage => actor.Can(Permission.ManageMovements);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var booked = await book.ExecuteAsync(MovementId, Id, ct);
        if (booked.Succeeded)
        {
            TempData.SetNotice($"Case {booked.Value.CaseNumber} was booked: {booked.Value.Persons} person(s).", $"/Movements/{MovementId}", "Open the movement");
            return Redirect($"/Cases/{Id}/Movements");
        }

        if (booked.Problem!.Kind == ProblemKind.NotFound)
        {
            return NotFound();
        }

        Refusal = booked.Problem;
        return await ShowAsync(ct);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var result = await view.ExecuteAsync(Id, ct);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        Case = result.Value;
        return Page();
    }
}
