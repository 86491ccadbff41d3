using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.Verification;

namespace Passage.Web.Pages.Verification;

/// <summary>Asks whether a person was a resident: names in any script, birth, father's name, documents and a claimed registration number.</summary>
[Authorize(Policy = nameof(Permission.RequestVerification))]
public sealed class NewModel(SubmitVerificationRequest submit, Actor actor) : PageModel
{
    [BindProperty]
    public string? GivenName { get; set; }

    [BindProperty]
    public string? FamilyName { get; set; }

    [BindProperty]
    public string? FatherName { get; set; }

    [BindProperty]
    public string? BirthDate { get; set; }

    [BindProperty]
    public string? OtherNames { get; set; }

    [BindProperty]
    public string? DocumentNumbers { get; set; }

    [BindProperty]
    public string? ClaimedRegistrationNumber { get; set; }

    [BindProperty]
    public string? CountryCode { get; set; }

    /// <summary>The agency asks on a country's behalf and names it; a delegate asks for their own country.</summary>
    public bool ChoosesCountry => VerificationAccess.OwnCountry(actor) is null;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var others = (OtherNames ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var result = await submit.ExecuteAsync(
            new ClaimDetails(GivenName, FamilyName, FatherName, BirthDate, others, DocumentNumbers, ClaimedRegistrationNumber, CountryCode), ct);
        if (result.Succeeded)
        {
            TempData.SetNotice("The request was sent. A registration supervisor answers it.");
            return Redirect($"/Verification/{result.Value.Id}");
        }

        result.Problem!.AddTo(ModelState, "");
        return Page();
    }
}
