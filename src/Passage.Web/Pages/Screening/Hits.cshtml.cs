using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
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

    public IReadOnlyList<ScreeningHitView> Hits { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Hits = await hits.ExecuteAsync(All ? null : Status, ct);
}
