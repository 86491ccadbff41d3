using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Registry;
using Passage.Core.Registry.Matching;
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

    /// <summary>The proposed duplicates the clerk confirmed to be different people.</summary>
    [BindProperty]
    public List<Guid> DistinctFrom { get; set; } = [];

    [BindProperty]
    public string? DistinctReason { get; set; }

    /// <summary>The clerk saw the warnings about the names and keeps them as typed.</summary>
    [BindProperty]
    public bool ConfirmNames { get; set; }

    /// <summary>Names that look wrong (letters of several scripts), by field; when any, the page asks before saving.</summary>
    public IReadOnlyDictionary<string, string> NameWarnings { get; private set; } = new Dictionary<string, string>();

    /// <summary>Registered persons who may be this person; when any, the page asks before saving.</summary>
    public IReadOnlyList<DuplicateCandidate> Duplicates { get; private set; } = [];

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

        var details = Form.ToDetails();
        if (!ConfirmNames && details.Warnings() is { Count: > 0 } warnings)
        {
            NameWarnings = warnings;
            return Page();
        }

        var result = await register.ExecuteAsync(details, caseId, new DistinctFrom(DistinctFrom, DistinctReason), ct);
        if (!result.Succeeded)
        {
            Duplicates = LikelyDuplicates.In(result.Problem);
            DistinctFrom = [];
            if (result.Problem!.Kind == ProblemKind.LikelyDuplicate)
            {
                return Page();
            }

            result.Problem.AddTo(ModelState, nameof(Form));
            if (ModelState.TryGetValue("Form.CaseId", out var caseError))
            {
                ModelState.AddModelError(nameof(JoinCase), caseError.Errors[0].ErrorMessage);
            }

            if (ModelState.TryGetValue("Form.DistinctReason", out var reasonError))
            {
                ModelState.AddModelError(nameof(DistinctReason), reasonError.Errors[0].ErrorMessage);
            }

            return Page();
        }

        return Redirect($"/Persons/{result.Value.Id}");
    }
}
