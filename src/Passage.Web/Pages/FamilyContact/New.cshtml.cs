using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.FamilyContact;

namespace Passage.Web.Pages.FamilyContact;

/// <summary>A tracing officer records a request received from outside.</summary>
[Authorize(Policy = nameof(Permission.WriteFamilyRequests))]
public sealed class NewModel(ReceiveFamilyRequest receive) : PageModel
{
    [BindProperty]
    public string? RequesterName { get; set; }

    [BindProperty]
    public RequesterRelationship? Relationship { get; set; }

    [BindProperty]
    public string? RequesterContact { get; set; }

    [BindProperty]
    public IdentityCheck? IdentityCheck { get; set; }

    [BindProperty]
    public string? IdentityCheckNote { get; set; }

    [BindProperty]
    public string? SoughtName { get; set; }

    [BindProperty]
    public string? SoughtNameOtherScript { get; set; }

    [BindProperty]
    public int? SoughtBirthYear { get; set; }

    [BindProperty]
    public string? SoughtFatherName { get; set; }

    [BindProperty]
    public string? SoughtPlaceOfOrigin { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var bindingFailed = ModelState[nameof(SoughtBirthYear)]?.Errors.Count > 0;
        ModelState.Clear();
        if (bindingFailed)
        {
            ModelState.AddModelError(nameof(SoughtBirthYear), "A year of birth in digits, such as 1984 or 1363.");
            return Page();
        }

        var result = await receive.ExecuteAsync(new FamilyRequestDetails(
            RequesterName, Relationship, RequesterContact, IdentityCheck, IdentityCheckNote, SoughtName, SoughtNameOtherScript, SoughtBirthYear,
            SoughtFatherName, SoughtPlaceOfOrigin, Reason), ct);
        if (result.Succeeded)
        {
            TempData.SetNotice($"Request {result.Value.Number} recorded.");
            return Redirect($"/FamilyContact/{result.Value.Id}");
        }

        result.Problem!.AddTo(ModelState, "");
        return Page();
    }
}
