using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Registry;
using Passage.Core.Storage;
using Passage.Web.Pages.Cases;

namespace Passage.Web.Pages.Persons;

[Authorize(Policy = nameof(Permission.ManageCaseMembers))]
public sealed class MoveCaseModel(ViewPerson view, MovePersonToCase move, PassageDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public string? TargetCase { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public string Name { get; private set; } = "";

    public string RegistrationNumber { get; private set; } = "";

    public string CurrentCase { get; private set; } = "";

    public IReadOnlyList<string> Warnings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        Guid? target = null;
        if (!string.IsNullOrWhiteSpace(TargetCase))
        {
            target = await CaseNumberLookup.FindAsync(db, TargetCase, ct);
            if (target is null)
            {
                ModelState.AddModelError(nameof(TargetCase), "There is no case with that number.");
                return await ShowAsync(ct);
            }
        }

        var result = await move.ExecuteAsync(Id, target, Reason, ct);
        if (result.Succeeded)
        {
            return Redirect($"/Cases/{result.Value.CaseId}");
        }

        if (result.Problem!.Kind == ProblemKind.NotFound)
        {
            return NotFound();
        }

        if (result.Problem.Errors?.ContainsKey("TargetCaseId") == true)
        {
            ModelState.AddModelError(nameof(TargetCase), result.Problem.Errors["TargetCaseId"][0]);
        }
        else
        {
            result.Problem.AddTo(ModelState, "");
        }

        return await ShowAsync(ct);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var person = await view.ExecuteAsync(Id, ct);
        if (!person.Succeeded)
        {
            return NotFound();
        }

        Name = $"{person.Value.GivenName} {person.Value.FamilyName}";
        RegistrationNumber = person.Value.RegistrationNumber;
        CurrentCase = person.Value.Case.CaseNumber;
        return Page();
    }
}
