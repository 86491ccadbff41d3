using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.Incidents;
using Passage.Web.Pages.Persons;

namespace Passage.Web.Pages.Incidents;

/// <summary>
/// One incident: for operation staff what, when, where and how many; for the security officer also who, with the form
/// for another casualty. Anyone else may open one casualty in an emergency.
/// </summary>
[Authorize(Policy = nameof(Permission.ReadIncidents))]
public sealed class DetailsModel(ViewIncident view, RecordCasualty record, Actor actor) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public string? RegistrationNumber { get; set; }

    [BindProperty]
    public CasualtyOutcome? Outcome { get; set; }

    [BindProperty]
    public string? MedicalFollowUp { get; set; }

    public IncidentView Incident { get; private set; } = null!;

    public bool MayWrite => actor.Can(Permission.WriteIncidents);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var result = await record.ExecuteAsync(Id, new CasualtyDetails(RegistrationNumber, Outcome, MedicalFollowUp), ct);
        if (result.Succeeded)
        {
            TempData.SetNotice($"{result.Value.RegistrationNumber} was recorded as {CasualtyOutcomes.Label(result.Value.Outcome).ToLowerInvariant()}.");
            return Redirect($"/Incidents/{Id}");
        }

        if (result.Problem!.Kind == Passage.Core.Common.ProblemKind.NotFound)
        {
            return NotFound();
        }

        result.Problem.AddTo(ModelState, "");
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var result = await view.ExecuteAsync(Id, ct);
        if (result.Succeeded)
        {
            Incident = result.Value;
        }

        return result.Succeeded;
    }
}
