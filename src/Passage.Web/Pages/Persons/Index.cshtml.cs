using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Passage.Core.Accounts;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Exports;
using Passage.Core.Registry;

namespace Passage.Web.Pages.Persons;

/// <summary>
/// The registry list: filters, a search box, 50 to a page with the total. A registration or case number in the search box
/// opens that person or case; one the user may not open, or that names nothing, shows "no match" like any other search.
/// </summary>
[Authorize(Policy = nameof(Permission.ReadBiodata))]
public sealed class IndexModel(ListPersons list, FindByNumber findByNumber, Actor actor) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public CaseStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public Sex? Sex { get; set; }

    [BindProperty(SupportsGet = true)]
    public AgeBand? Age { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Need { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Block { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    // From the query only: "page" is also the route value naming the Razor page.
    [BindProperty(SupportsGet = true)]
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public Page<PersonRow>? Result { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>Whether the list may be narrowed by specific need: only for whoever may read needs.</summary>
    public bool MayFilterByNeed => actor.MayRead(FieldGroup.SpecificNeeds);

    /// <summary>Whether a case number may be followed to its case.</summary>
    public bool MayOpenCases => actor.Can(Permission.ReadCases);

    /// <summary>The sortable headers; a ranked name search keeps its best-matches-first order instead.</summary>
    public SortColumns Columns => new(Filter.Order, sort => Link(1, sort));

    public string RangeText => Result is not { } p
        ? ""
        : string.Create(CultureInfo.InvariantCulture,
            $"Showing {((p.Number - 1) * p.Size) + 1:N0}–{((p.Number - 1) * p.Size) + p.Items.Count:N0} of {(p.TotalIsLowerBound ? "more than " : "")}{p.Total:N0} persons{(p.Items.Any(r => r.Score is not null) ? ", best matches first" : "")}");

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            Errors = FilterErrors.Of(ModelState);
            return Page();
        }

        if (RecordNumber.Parse(Q) is not null)
        {
            var found = await findByNumber.ExecuteAsync(Q, NumberedKind.Either, ct);
            return found.Succeeded
                ? Redirect(found.Value.Kind == NumberedKind.Case ? $"/Cases/{found.Value.Id}" : $"/Persons/{found.Value.Id}")
                : Page();
        }

        var result = await list.ExecuteAsync(Filter, PageNumber, Paging.DefaultSize, ct);
        if (result.Problem is { Kind: ProblemKind.Validation } invalid)
        {
            Errors = FilterErrors.Of(ModelState, invalid);
            return Page();
        }

        if (!result.Succeeded)
        {
            return NotFound();
        }

        Result = result.Value;
        return Page();
    }

    /// <summary>The registry list as a file, with its current filters; the button shows only to a role that may export it.</summary>
    public async Task<IActionResult> OnGetExportAsync(ExportFormat format, bool hxl, [FromServices] ExportPersons export, CancellationToken ct) =>
        await ExportForm.AnswerAsync(this, () => export.ExecuteAsync(Filter, format, hxl, ct), () => OnGetAsync(ct));

    /// <summary>The export button with the list's filters, or null for a role that may not export the registry.</summary>
    public ExportForm? Export => ExportColumns.MayExport(actor, ExportList.Persons) ? new ExportForm("/Persons", Query(1, Blank(Sort))) : null;

    private PersonFilter Filter => new(Status, Sex, Age, Blank(Need), Blank(Block), Blank(Q), Blank(Sort));

    public string PageLink(int page) => Link(page, Blank(Sort));

    private string Link(int page, string? sort) => QueryHelpers.AddQueryString("/Persons", Query(page, sort).Where(q => q.Value is not null));

    private Dictionary<string, string?> Query(int page, string? sort) => new()
    {
        ["q"] = Blank(Q),
        ["status"] = Status?.ToString(),
        ["sex"] = Sex?.ToString(),
        ["age"] = Age?.ToString(),
        ["need"] = Blank(Need),
        ["block"] = Blank(Block),
        ["sort"] = sort,
        ["page"] = page == 1 ? null : page.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>A relevance as a whole percentage, rounded down: only names that match exactly show 100 %.</summary>
    public static string Relevance(double score) => string.Create(CultureInfo.InvariantCulture, $"{Math.Floor(score * 100):0} %");

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
