using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.Exports;
using Passage.Core.Incidents;
using Passage.Web.Pages.Persons;

namespace Passage.Web.Pages.Incidents;

/// <summary>Incidents in the camp, latest first, with how many were injured and killed; the security officer records new ones here.</summary>
[Authorize(Policy = nameof(Permission.ReadIncidents))]
public sealed class IndexModel(ListIncidents list, RecordIncident record, Actor actor, TimeProvider clock) : PageModel
{
    [BindProperty]
    public DateTime? OccurredAt { get; set; }

    [BindProperty]
    public IncidentType? Type { get; set; }

    [BindProperty]
    public string? Location { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public string? Sources { get; set; }

    public IReadOnlyList<IncidentSummary> Incidents { get; private set; } = [];

    public bool MayWrite => actor.Can(Permission.WriteIncidents);

    public async Task OnGetAsync(CancellationToken ct)
    {
        // To the minute: the field shows no seconds to fill in.
        var now = clock.GetUtcNow().UtcDateTime;
        OccurredAt = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMinute));
        Incidents = await list.ExecuteAsync(ct);
    }

    /// <summary>The list as a file: when, what, where and how many; never who.</summary>
    public async Task<IActionResult> OnGetExportAsync(ExportFormat format, bool hxl, [FromServices] ExportIncidents export, CancellationToken ct) =>
        await ExportForm.AnswerAsync(this, () => export.ExecuteAsync(format, hxl, ct), async () =>
        {
            await OnGetAsync(ct);
            return Page();
        });

    public ExportForm Export => new("/Incidents", new Dictionary<string, string?>());

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        DateTimeOffset? at = OccurredAt is { } local ? new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Utc)) : null;
        var result = await record.ExecuteAsync(new IncidentDetails(at, Type, Location, Description, Sources), ct);
        if (result.Succeeded)
        {
            TempData.SetNotice("The incident was recorded. Add its casualties below.");
            return Redirect($"/Incidents/{result.Value.Id}");
        }

        result.Problem!.AddTo(ModelState, "");
        Incidents = await list.ExecuteAsync(ct);
        return Page();
    }
}
