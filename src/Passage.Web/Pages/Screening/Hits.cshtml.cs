using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Screening;

namespace Passage.Web.Pages.Screening;

/// <summary>The security officer's queue of hits: pending first by default, most likely first.</summary>
[Authorize(Policy = nameof(Permission.ScreenAgainstLists))]
public sealed class HitsModel(ListScreeningHits hits) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public HitStatus? Status { get; set; } = HitStatus.Pending;

    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    /// <summary>Rows to a page.</summary>
    public const int PageSize = 25;

    // From the query only: "page" is also the route value naming the Razor page.
    [BindProperty(SupportsGet = true)]
    [FromQuery(Name = "page")]
    public int? PageNumber { get; set; }

    public Page<ScreeningHitView> Hits { get; private set; } = new([], 1, PageSize, 0);

    /// <summary>What was wrong with the page number asked for; the first page shows instead.</summary>
    public IReadOnlyList<string> PageErrors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var read = await PageRead.OfAsync(PageNumber, n => hits.ExecuteAsync(All ? null : Status, n, PageSize, ct));
        Hits = read.Result.Value ?? Hits;
        PageErrors = read.Errors;
    }

    /// <summary>Another page of the same selection of hits.</summary>
    public string PageLink(int page) => All
        ? $"/Screening/Hits?all=true&page={page.ToString(CultureInfo.InvariantCulture)}"
        : $"/Screening/Hits?status={Status}&page={page.ToString(CultureInfo.InvariantCulture)}";
}
