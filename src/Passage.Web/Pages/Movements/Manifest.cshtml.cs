using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.Movements;

namespace Passage.Web.Pages.Movements;

/// <summary>Downloads an issued manifest version as CSV, XLSX or PDF; audited, and never cached.</summary>
[Authorize(Policy = nameof(Permission.ReadMovements))]
public sealed class ManifestModel(DownloadManifest download) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, int number, ManifestFormat format, CancellationToken ct)
    {
        var file = await download.ExecuteAsync(id, number, format, ct);
        return file.Succeeded ? File(file.Value.Content, file.Value.ContentType, file.Value.FileName) : NotFound();
    }
}
