using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.Registry.Import;
using Passage.Core.Screening;

namespace Passage.Web.Pages.Screening;

/// <summary>
/// The security officer's screening lists with their metrics, the import of a list or of a newer version of one (which shows
/// what it added and removed), and screening the whole registry again.
/// </summary>
[Authorize(Policy = nameof(Permission.ScreenAgainstLists))]
public sealed class IndexModel(ListScreeningLists lists, ImportScreeningList import, ScreenRegistry screen) : PageModel
{
    [BindProperty]
    public Guid? ListId { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Source { get; set; }

    [BindProperty]
    public string? Reference { get; set; }

    [BindProperty]
    public string? ListDate { get; set; }

    [BindProperty]
    public double? Threshold { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public IReadOnlyList<ScreeningListView> Lists { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Lists = await lists.ExecuteAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (Upload is null || PersonFileFormats.FromFileName(Upload.FileName) is not { } format)
        {
            ModelState.AddModelError(nameof(Upload), "Choose a CSV or XLSX file.");
            Lists = await lists.ExecuteAsync(ct);
            return Page();
        }

        await using var stream = Upload.OpenReadStream();
        var result = await import.ExecuteAsync(ListId, new ListDetails(Name, Source, Reference, ListDate, Threshold), stream, format, ct: ct);
        if (result.Succeeded)
        {
            var r = result.Value;
            TempData.SetNotice($"Version {r.Revision + 1} imported: {r.Added.Count} added, {r.Removed.Count} removed, {r.Changed.Count} changed"
                + (r.Removed.Count > 0 ? $" (removed: {string.Join(", ", r.Removed.Take(20))})" : "")
                + $". The registry was screened: {r.Screening.NewHits} new hit(s).", "/Screening/Hits", "Hits to adjudicate");
            return Redirect("/Screening");
        }

        result.Problem!.AddTo(ModelState, "");
        Lists = await lists.ExecuteAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostScreenAsync(CancellationToken ct)
    {
        var result = await screen.ExecuteAsync(ct);
        TempData.SetNotice($"{result.Value.Persons} persons screened against {result.Value.Entries} entries: {result.Value.NewHits} new hit(s).", "/Screening/Hits", "Hits to adjudicate");
        return Redirect("/Screening");
    }
}
