using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Common;
using Passage.Core.Exports;

namespace Passage.Web.Pages.Audit;

/// <summary>The auditor's search of the audit log by user, record, action and dates.</summary>
[Authorize(Policy = nameof(Permission.ReadAudit))]
public sealed class IndexModel(SearchAudit search, VerifyAuditChain verifications) : PageModel
{
    public static readonly IReadOnlyList<string> RecordTypes =
        ["Person", "Case", "CaseEvent", "User", "PassageUser", "ApiToken", "AuditEntry", "PersonNeed", "PersonAlias", "FamilyLink", "BreakGlassGrant"];

    [BindProperty(Name = "user", SupportsGet = true)]
    public string? UserName { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Record { get; set; }

    [BindProperty(SupportsGet = true)]
    public AuditAction? Action { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    // From the query only: "page" is also the route value naming the Razor page.
    [BindProperty(SupportsGet = true)]
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public Page<AuditEntry>? Result { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>The latest run of <c>passage audit verify</c>; null before the first.</summary>
    public AuditVerification? LastVerification { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        LastVerification = await verifications.LatestAsync(ct);
        if (!ModelState.IsValid)
        {
            Errors = FilterErrors.Of(ModelState);
            return Page();
        }

        var result = await search.ExecuteAsync(new AuditFilter(UserName, Type, Record, Action, From, To), PageNumber, Paging.DefaultSize, ct);
        if (result.Problem is { Kind: ProblemKind.Validation } invalid)
        {
            Errors = FilterErrors.Of(ModelState, invalid);
            return Page();
        }

        if (!result.Succeeded)
        {
            return NotFound();
        }

        Result = result.Value;
        return Page();
    }

    /// <summary>The search's entries as a file, with its current filters, newest first.</summary>
    public async Task<IActionResult> OnGetExportAsync(ExportFormat format, bool hxl, [FromServices] ExportAudit export, CancellationToken ct) =>
        await ExportForm.AnswerAsync(this, () => export.ExecuteAsync(new AuditFilter(UserName, Type, Record, Action, From, To), format, hxl, ct), () => OnGetAsync(ct));

    public ExportForm Export => new("/Audit", Query(null));

    public string PageLink(int page) => QueryHelpers.AddQueryString("/Audit", Query(page).Where(q => !string.IsNullOrWhiteSpace(q.Value)));

    private Dictionary<string, string?> Query(int? page) => new()
    {
        ["user"] = UserName,
        ["type"] = Type,
        ["record"] = Record,
        ["action"] = Action?.ToString(),
        ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["page"] = page?.ToString(CultureInfo.InvariantCulture),
    };
}
