using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.Common;
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
    /// <summary>Rows to a page.</summary>
    public const int PageSize = 25;

    // From the query only: "page" is also the route value naming the Razor page.
    [BindProperty(SupportsGet = true)]
    [FromQuery(Name = "page")]
    public int? PageNumber { get; set; }

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

    public Page<ScreeningListView> Lists { get; private set; } = new([], 1, PageSize, 0);

    /// <summary>Every list, for choosing the one a newer version belongs to.</summary>
    public IReadOnlyList<ScreeningListChoice> Choices { get; private set; } = [];

    /// <summary>What was wrong with the page number asked for; the first page shows instead.</summary>
    public IReadOnlyList<string> PageErrors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await ShowAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (Upload is null || PersonFileFormats.FromFileName(Upload.FileName) is not { } format)
        {
            ModelState.AddModelError(nameof(Upload), "Choose a CSV or XLSX file.");
            await ShowAsync(ct);
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
        await ShowAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostScreenAsync(CancellationToken ct)
    {
        var result = await screen.ExecuteAsync(ct);
        TempData.SetNotice($"{result.Value.Persons} persons screened against {result.Value.Entries} entries: {result.Value.NewHits} new hit(s).", "/Screening/Hits", "Hits to adjudicate");
        return Redirect("/Screening");
    }

    private async Task ShowAsync(CancellationToken ct)
    {
        var read = await PageRead.OfAsync(PageNumber, n => lists.ExecuteAsync(n, PageSize, ct));
        Lists = read.Result.Value ?? Lists;
        PageErrors = read.Errors;
        Choices = await lists.ChoicesAsync(ct);
    }
}
