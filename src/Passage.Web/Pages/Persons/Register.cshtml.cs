using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Registry;
using Passage.Core.Registry.Matching;
using Passage.Core.Storage;
using Passage.Web.Pages.Cases;

namespace Passage.Web.Pages.Persons;

[Authorize(Policy = nameof(Permission.WriteBiodata))]
public sealed class RegisterModel(RegisterPerson register, PassageDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public PersonForm Form { get; set; } = new();

    /// <summary>The case number to join; a link may fill it in, to register the next member of a family into its case.</summary>
    [BindProperty(SupportsGet = true)]
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

    /// <summary>The bound names of the page's fields in the order it shows them, for the error summary.</summary>
    public static IReadOnlyList<string> FieldOrder { get; } = [.. PersonForm.FieldOrder, nameof(JoinCase), nameof(DistinctReason)];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var details = Form.ToDetails();
        Guid? caseId = null;
        if (!string.IsNullOrWhiteSpace(JoinCase))
        {
            caseId = await CaseNumberLookup.FindAsync(db, JoinCase, ct);
            if (caseId is null)
            {
                // Nothing may be registered without the case the clerk named, but every other mistake is shown with this one.
                ModelState.AddModelError(nameof(JoinCase), "There is no case with that number. Check it, or leave it empty to open a new case.");
                if (details.Validate(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).Problem is { } invalid)
                {
                    invalid.AddTo(ModelState, nameof(Form));
                }

                return Page();
            }
        }

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
            MoveError("Form.CaseId", nameof(JoinCase));
            MoveError("Form.DistinctReason", nameof(DistinctReason));
            return Page();
        }

        var person = result.Value;
        var caseNumber = await db.Cases.Where(c => c.Id == person.CaseId).Select(c => c.CaseNumber).SingleAsync(ct);
        TempData.SetNotice(
            $"{person.RegistrationNumber} was registered in case {caseNumber}.",
            $"/Persons/Register?joinCase={Uri.EscapeDataString(caseNumber)}",
            "Register the next member of this family into this case");
        return Redirect($"/Persons/{person.Id}");
    }

    /// <summary>Shows a use case's message beside the page's own field for it (the case number typed, the reason given).</summary>
    private void MoveError(string from, string to)
    {
        if (ModelState.TryGetValue(from, out var entry))
        {
            var messages = entry.Errors.Select(e => e.ErrorMessage).ToList();
            ModelState.Remove(from);
            foreach (var message in messages)
            {
                ModelState.AddModelError(to, message);
            }
        }
    }
}
