using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Passage.Core.Accounts;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Exports;

namespace Passage.Web.Pages.Cases;

/// <summary>The case list: filters (status, size, country of referral, waiting time), sortable columns, 50 to a page.</summary>
[Authorize(Policy = nameof(Permission.ReadCases))]
public sealed class IndexModel(ListCases list, Actor actor) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public CaseStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public CaseSize? Size { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Country { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Waiting { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    // From the query only: "page" is also the route value naming the Razor page.
    [BindProperty(SupportsGet = true)]
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public Page<CaseRow>? Result { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>Whether the viewer may see (and filter by) the country a case was referred to.</summary>
    public bool MayReadCountry => actor.CanEverywhere(AccessPolicy.ReadPermission(FieldGroup.Referrals));

    public SortColumns Columns => new(
        Core.Common.Sort.Parse(Sort, ListCases.SortKeys, ListCases.DefaultSort) is { Succeeded: true } s ? s.Value : ListCases.DefaultSort,
        sort => Link(1, sort));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            Errors = FilterErrors.Of(ModelState);
            return Page();
        }

        var result = await list.ExecuteAsync(new CaseFilter(Status, Size, Blank(Country), Waiting), Blank(Sort), PageNumber, Paging.DefaultSize, ct);
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

    /// <summary>The case list as a file, with its current filters.</summary>
    public async Task<IActionResult> OnGetExportAsync(ExportFormat format, bool hxl, [FromServices] ExportCases export, CancellationToken ct) =>
        await ExportForm.AnswerAsync(this, () => export.ExecuteAsync(new CaseFilter(Status, Size, Blank(Country), Waiting), format, hxl, Blank(Sort), ct), () => OnGetAsync(ct));

    public ExportForm? Export => ExportColumns.MayExport(actor, ExportList.Cases) ? new ExportForm("/Cases", Query(1, Blank(Sort))) : null;

    public string PageLink(int page) => Link(page, Blank(Sort));

    private string Link(int page, string? sort) => QueryHelpers.AddQueryString("/Cases", Query(page, sort).Where(q => q.Value is not null));

    private Dictionary<string, string?> Query(int page, string? sort) => new()
    {
        ["status"] = Status?.ToString(),
        ["size"] = Size?.ToString(),
        ["country"] = Blank(Country),
        ["waiting"] = Waiting?.ToString(CultureInfo.InvariantCulture),
        ["sort"] = sort,
        ["page"] = page == 1 ? null : page.ToString(CultureInfo.InvariantCulture),
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
