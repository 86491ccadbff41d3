using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Exports;
using Passage.Core.Protection;
using Passage.Core.Storage;
using Passage.Web.Pages.Cases;

namespace Passage.Web.Pages.Protection;

/// <summary>Protection officers' walk-outs: who left the camp, where they are now, what they ask for; and recording a new one.</summary>
[Authorize(Policy = nameof(Permission.ReadWhereabouts))]
public sealed class WalkOutsModel(ListWalkOuts list, RecordWalkOut record, PassageDbContext db, Actor actor) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    [BindProperty]
    public string? CaseNumber { get; set; }

    [BindProperty]
    public DateOnly? LeftOn { get; set; }

    [BindProperty]
    public string? Whereabouts { get; set; }

    [BindProperty]
    public List<WalkOutAsks> Asks { get; set; } = [];

    [BindProperty]
    public string? ResponsibleOfficer { get; set; }

    public Page<WalkOutView>? WalkOuts { get; private set; }

    public bool MayRecord => actor.Can(Permission.WriteWhereabouts);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        ResponsibleOfficer ??= actor.UserName;
        return await ShowAsync(ct);
    }

    /// <summary>The walk-outs as a file, without where the residents are now.</summary>
    public async Task<IActionResult> OnGetExportAsync(ExportFormat format, bool hxl, [FromServices] ExportWalkOuts export, CancellationToken ct) =>
        await ExportForm.AnswerAsync(this, () => export.ExecuteAsync(format, hxl, ct), () => ShowAsync(ct));

    public ExportForm Export => new("/Protection/WalkOuts", new Dictionary<string, string?>(), Label: "Export (without whereabouts)");

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var caseId = string.IsNullOrWhiteSpace(CaseNumber) ? null : await CaseNumberLookup.FindAsync(db, CaseNumber, ct);
        if (caseId is not { } id)
        {
            ModelState.AddModelError(nameof(CaseNumber), "There is no case with that number.");
            return await ShowAsync(ct);
        }

        var version = await db.Cases.Where(c => c.Id == id).Select(c => c.Version).SingleAsync(ct);
        var result = await record.ExecuteAsync(id, new WalkOutDetails(LeftOn, Whereabouts, Asks, ResponsibleOfficer), version, ct);
        if (result.Succeeded)
        {
            TempData.SetNotice($"Walk-out recorded; case {CaseNumber!.Trim().ToUpperInvariant()} is now Left camp.");
            return RedirectToPage();
        }

        result.Problem!.AddTo(ModelState, "");
        return await ShowAsync(ct);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var result = await list.ExecuteAsync(PageNumber, null, ct);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        WalkOuts = result.Value;
        return Page();
    }
}
