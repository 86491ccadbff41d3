using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.Registry;
using Passage.Core.Storage;
using Passage.Web.Pages.Cases;

namespace Passage.Web.Pages.Persons;

[Authorize(Policy = nameof(Permission.WriteBiodata))]
public sealed class RegisterModel(RegisterPerson register, PassageDbContext db) : PageModel
{
    [BindProperty]
    public PersonForm Form { get; set; } = new();

    [BindProperty]
    public string? JoinCase { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        Guid? caseId = null;
        if (!string.IsNullOrWhiteSpace(JoinCase))
        {
            caseId = await CaseNumberLookup.FindAsync(db, JoinCase, ct);
            if (caseId is null)
            {
                ModelState.AddModelError(nameof(JoinCase), "There is no case with that number.");
                return Page();
            }
        }

        var result = await register.ExecuteAsync(Form.ToDetails(), caseId, null, ct);
        if (!result.Succeeded)
        {
            result.Problem!.AddTo(ModelState, nameof(Form));
            if (ModelState.TryGetValue("Form.CaseId", out var caseError))
            {
                ModelState.AddModelError(nameof(JoinCase), caseError.Errors[0].ErrorMessage);
            }

            return Page();
        }

        return Redirect($"/Persons/{result.Value.Id}");
    }
}
