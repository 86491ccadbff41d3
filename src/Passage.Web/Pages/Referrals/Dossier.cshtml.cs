using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.Pledges;

namespace Passage.Web.Pages.Referrals;

/// <summary>Downloads a referral's submission dossier as PDF or as the structured JSON file. Not found for whoever may not see it.</summary>
[Authorize(Policy = nameof(Permission.ReadPledges))]
public sealed class DossierModel(BuildDossier build) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, string? format, CancellationToken ct)
    {
        var dossier = await build.ExecuteAsync(id, ct);
        if (!dossier.Succeeded)
        {
            return NotFound();
        }

        return format == "json"
            ? File(DossierJson.Serialize(dossier.Value), "application/json", $"dossier-{dossier.Value.CaseNumber}.json")
            : File(DossierPdf.Render(dossier.Value), "application/pdf", $"dossier-{dossier.Value.CaseNumber}.pdf");
    }
}
