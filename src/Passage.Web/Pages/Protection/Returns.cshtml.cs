using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Protection;
using Passage.Core.Storage;
using Passage.Web.Pages.Cases;

namespace Passage.Web.Pages.Protection;

/// <summary>Voluntary returns: asking for a case's return, its acceptance and travel documents, and its departure.</summary>
[Authorize(Policy = nameof(Permission.ManageRepatriation))]
public sealed class ReturnsModel(
    ListRepatriations list, RequestRepatriation request, RecordRepatriationProgress progress, ConfirmRepatriationDeparture departure,
    PassageDbContext db, Actor actor, TimeProvider clock) : PageModel
{
    /// <summary>Rows to a page.</summary>
    public const int PageSize = 25;

    // From the query only: "page" is also the route value naming the Razor page.
    [BindProperty(SupportsGet = true)]
    [FromQuery(Name = "page")]
    public int? PageNumber { get; set; }

    [BindProperty]
    public string? CaseNumber { get; set; }

    [BindProperty]
    public Guid CaseId { get; set; }

    [BindProperty]
    public long Version { get; set; }

    [BindProperty]
    public bool OriginAccepted { get; set; }

    [BindProperty]
    public bool DocumentsIssued { get; set; }

    [BindProperty]
    public DateOnly? On { get; set; }

    public Page<RepatriationView> Returns { get; private set; } = new([], 1, PageSize, 0);

    /// <summary>What was wrong with the page number asked for; the first page shows instead.</summary>
    public IReadOnlyList<string> PageErrors { get; private set; } = [];

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public bool MayConfirmDeparture => actor.Can(Permission.ManageMovements);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(ct);

    public async Task<IActionResult> OnPostRequestAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var caseId = string.IsNullOrWhiteSpace(CaseNumber) ? null : await CaseNumberLookup.FindAsync(db, CaseNumber, ct);
        if (caseId is not { } id)
        {
            ModelState.AddModelError(nameof(CaseNumber), "There is no case with that number.");
            return await ShowAsync(ct);
        }

        var version = await db.Cases.Where(c => c.Id == id).Select(c => c.Version).SingleAsync(ct);
        return await AfterAsync(await request.ExecuteAsync(id, version, ct), "Return asked for; the case is now Repatriation requested.", ct);
    }

    public async Task<IActionResult> OnPostProgressAsync(CancellationToken ct) =>
        await AfterAsync(await progress.ExecuteAsync(CaseId, OriginAccepted, DocumentsIssued, On ?? Today, null, Version, ct), "Recorded.", ct);

    public async Task<IActionResult> OnPostDepartureAsync(CancellationToken ct) =>
        await AfterAsync(await departure.ExecuteAsync(CaseId, Version, ct), "Departure confirmed.", ct);

    private async Task<IActionResult> AfterAsync<T>(Result<T> result, string notice, CancellationToken ct)
    {
        if (result.Succeeded)
        {
            TempData.SetNotice(notice);
            return RedirectToPage();
        }

        if (result.Problem!.Kind == ProblemKind.NotFound)
        {
            return NotFound();
        }

        ModelState.Clear();
        result.Problem.AddTo(ModelState, "");
        return await ShowAsync(ct);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var read = await PageRead.OfAsync(PageNumber, n => list.ExecuteAsync(n, PageSize, ct));
        if (!read.Result.Succeeded)
        {
            return NotFound();
        }

        Returns = read.Result.Value;
        PageErrors = read.Errors;
        return Page();
    }
}
