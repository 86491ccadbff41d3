using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.Pledges;
using Passage.Web.Pages.Persons;

namespace Passage.Web.Pages.Pledges;

/// <summary>
/// The pledges the user may see (a country delegate: their country's) with places used and remaining as bars; resettlement
/// officers record new pledges and raises here.
/// </summary>
[Authorize(Policy = nameof(Permission.ReadPledges))]
public sealed class IndexModel(ListPledges list, CreatePledge create, RaisePledge raise, Actor actor, TimeProvider clock) : PageModel
{
    [BindProperty]
    public string? CountryCode { get; set; }

    [BindProperty]
    public int Places { get; set; }

    [BindProperty]
    public DateOnly PledgedOn { get; set; }

    [BindProperty]
    public List<PledgeCategories> Categories { get; set; } = [];

    [BindProperty]
    public DateOnly? Deadline { get; set; }

    [BindProperty]
    public Guid RaiseId { get; set; }

    [BindProperty]
    public string? RaiseReason { get; set; }

    public IReadOnlyList<PledgeView> Pledges { get; private set; } = [];

    public bool MayWrite => actor.Can(Permission.WritePledges);

    public async Task OnGetAsync(CancellationToken ct)
    {
        PledgedOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Pledges = await list.ExecuteAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var categories = Categories.Aggregate(PledgeCategories.None, (all, c) => all | c);
        var result = await create.ExecuteAsync(new PledgeDetails(CountryCode, Places, PledgedOn, categories, Deadline), ct);
        if (result.Succeeded)
        {
            TempData.SetNotice($"The pledge of {Passage.Core.Pledges.CountryCode.Name(result.Value.CountryCode)} for {Places} places was recorded.");
            return Redirect("/Pledges");
        }

        result.Problem!.AddTo(ModelState, "");
        Pledges = await list.ExecuteAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRaiseAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var result = await raise.ExecuteAsync(RaiseId, Places, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), RaiseReason, ct);
        if (result.Succeeded)
        {
            TempData.SetNotice($"The pledge was raised by {Places} places.");
            return Redirect("/Pledges");
        }

        result.Problem!.AddTo(ModelState, "");
        Pledges = await list.ExecuteAsync(ct);
        return Page();
    }
}
