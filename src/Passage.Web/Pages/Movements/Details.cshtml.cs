using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Movements;

namespace Passage.Web.Pages.Movements;

/// <summary>
/// A movement: seats, the booked cases and their passengers, departure-day check-in (search by registration number or name,
/// large buttons for a tablet), arrivals, manifest versions to issue and download; and for the movement officer, changing,
/// confirming or cancelling it.
/// </summary>
[Authorize(Policy = nameof(Permission.ReadMovements))]
public sealed class DetailsModel(
    ViewMovement view, EditMovement edit, ConfirmMovement confirm, CancelMovement cancel, CheckInPassenger checkIn, RecordNoShow noShow,
    ConfirmDeparture depart, ConfirmArrival arrive, IssueManifest issue, RecordTravelDocument document, Actor actor) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty]
    public Guid PersonId { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? OnWordOf { get; set; }

    [BindProperty]
    public string? DocumentNumber { get; set; }

    [BindProperty]
    public string? NameInDocument { get; set; }

    [BindProperty]
    public long Version { get; set; }

    [BindProperty]
    public MovementForm Movement { get; set; } = new();

    public MovementView View { get; private set; } = null!;

    public Problem? Refusal { get; private set; }

    public bool MayManage => actor.Can(Permission.ManageMovements);

    public bool MayConfirmArrival => MovementAccess.MayConfirmArrival(actor, View.Movement.CountryCode);

    /// <summary>Whether the user confirms arrivals as the receiving country itself, so no one else's word is asked for.</summary>
    public bool IsReceivingCountry => MovementAccess.IsReceivingCountry(actor, View.Movement.CountryCode);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(ct);

    public async Task<IActionResult> OnPostCheckInAsync(CancellationToken ct) =>
        await AfterAsync((await checkIn.ExecuteAsync(Id, PersonId, ct)).Problem, "The passenger was checked in.", ct);

    public async Task<IActionResult> OnPostNoShowAsync(CancellationToken ct) =>
        await AfterAsync((await noShow.ExecuteAsync(Id, PersonId, Reason, ct)).Problem, "The no-show was recorded; when nobody of the case travels, the case is cleared for rebooking.", ct);

    public async Task<IActionResult> OnPostDepartAsync(CancellationToken ct) =>
        await AfterAsync((await depart.ExecuteAsync(Id, PersonId, ct)).Problem, "The departure was confirmed.", ct);

    public async Task<IActionResult> OnPostArriveAsync(CancellationToken ct) =>
        await AfterAsync((await arrive.ExecuteAsync(Id, PersonId, OnWordOf, ct)).Problem, "The arrival was confirmed.", ct);

    public async Task<IActionResult> OnPostDocumentAsync(CancellationToken ct) =>
        await AfterAsync((await document.ExecuteAsync(PersonId, DocumentNumber, NameInDocument, ct)).Problem, "The travel document was recorded.", ct);

    public async Task<IActionResult> OnPostIssueAsync(CancellationToken ct) =>
        await AfterAsync((await issue.ExecuteAsync(Id, ct)).Problem, "The manifest's next version was issued.", ct);

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken ct) =>
        await AfterAsync((await confirm.ExecuteAsync(Id, ct)).Problem, "The carrier's confirmation was recorded.", ct);

    public async Task<IActionResult> OnPostCancelAsync(CancellationToken ct) =>
        await AfterAsync((await cancel.ExecuteAsync(Id, Reason, ct)).Problem, "The movement was cancelled and its bookings released.", ct);

    public async Task<IActionResult> OnPostEditAsync(CancellationToken ct) =>
        await AfterAsync((await edit.ExecuteAsync(Id, Movement.ToDetails(), Version, ct)).Problem, "The changes to the movement were saved.", ct);

    private async Task<IActionResult> AfterAsync(Problem? problem, string done, CancellationToken ct)
    {
        ModelState.Clear();
        if (problem is null)
        {
            TempData.SetNotice(done);
            return Redirect($"/Movements/{Id}{(string.IsNullOrWhiteSpace(Q) ? "" : "?q=" + Uri.EscapeDataString(Q))}");
        }

        if (problem.Kind == ProblemKind.NotFound)
        {
            return NotFound();
        }

        Refusal = problem;
        return await ShowAsync(ct);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var result = await view.ExecuteAsync(Id, Q, ct);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        View = result.Value;
        if (Refusal is null)
        {
            Movement = MovementForm.Of(View.Movement);
        }

        return Page();
    }
}
