using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Registry;

namespace Passage.Web.Pages.Persons;

/// <summary>Changes biodata. A stale version keeps what the user typed and says someone else changed the person.</summary>
[Authorize(Policy = nameof(Permission.WriteBiodata))]
public sealed class EditModel(ViewPerson view, UpdatePerson update) : PageModel
{
    [BindProperty]
    public PersonForm Form { get; set; } = new();

    [BindProperty]
    public long Version { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public string RegistrationNumber { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await view.ExecuteAsync(Id, ct);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        Form = PersonForm.From(result.Value);
        Version = result.Value.Version;
        RegistrationNumber = result.Value.RegistrationNumber;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var result = await update.ExecuteAsync(Id, Version, Form.ToDetails(), ct);
        if (result.Succeeded)
        {
            TempData.SetNotice("The changes were saved.");
            return Redirect($"/Persons/{Id}");
        }

        if (result.Problem!.Kind == ProblemKind.NotFound)
        {
            return NotFound();
        }

        result.Problem.AddTo(ModelState, nameof(Form));
        var current = await view.ExecuteAsync(Id, ct);
        if (!current.Succeeded)
        {
            return NotFound();
        }

        RegistrationNumber = current.Value.RegistrationNumber;
        if (result.Problem.Kind == ProblemKind.Conflict)
        {
            // What the user typed stays in the form; the next save applies it to the current version.
            Version = current.Value.Version;
        }

        return Page();
    }
}
