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
public sealed class IndexModel(SearchAudit search, AuditRecordNumbers numbers, VerifyAuditChain verifications, Actor actor) : PageModel
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

    [BindProperty(Name = "searched", SupportsGet = true)]
    public string? SearchedFor { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    // From the query only: "page" is also the route value naming the Razor page.
    [BindProperty(SupportsGet = true)]
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public Page<AuditEntry>? Result { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public SortColumns Columns => new(
        Core.Common.Sort.Parse(Sort, SearchAudit.SortKeys, SearchAudit.DefaultSort) is { Succeeded: true } s ? s.Value : SearchAudit.DefaultSort,
        sort => Link(1, sort));

    private IReadOnlyDictionary<(string Type, string Id), AuditRecordNumber> _numbers = new Dictionary<(string Type, string Id), AuditRecordNumber>();

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

        var result = await search.ExecuteAsync(new AuditFilter(UserName, Type, Record, Action, From, To, SearchedFor), PageNumber, Paging.DefaultSize, Blank(Sort), ct);
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
        _numbers = await numbers.ForAsync(Result.Items, ct);
        return Page();
    }

    /// <summary>The registration or case number of the entry's record, when it names a person, a case or a referral.</summary>
    public AuditRecordNumber? NumberOf(AuditEntry entry) =>
        _numbers.GetValueOrDefault((entry.EntityType, Guid.TryParse(entry.EntityId, out var id) ? id.ToString() : entry.EntityId));

    /// <summary>
    /// Where the entry's record opens for this user: the person's or case's page when they may read it, otherwise every
    /// entry of the log about that record.
    /// </summary>
    public string RecordLink(AuditEntry entry, AuditRecordNumber? number) => number switch
    {
        { PersonId: { } person } when actor.Can(Permission.ReadBiodata) => $"/Persons/{person}",
        { CaseId: { } @case } when actor.CanEverywhere(Permission.ReadCases) => $"/Cases/{@case}",
        _ => QueryHelpers.AddQueryString("/Audit", new Dictionary<string, string?> { ["type"] = entry.EntityType, ["record"] = entry.EntityId }),
    };

    /// <summary>The search's entries as a file, with its current filters and order.</summary>
    public async Task<IActionResult> OnGetExportAsync(ExportFormat format, bool hxl, [FromServices] ExportAudit export, CancellationToken ct) =>
        await ExportForm.AnswerAsync(this, () => export.ExecuteAsync(new AuditFilter(UserName, Type, Record, Action, From, To, SearchedFor), format, hxl, Blank(Sort), ct), () => OnGetAsync(ct));

    public ExportForm Export => new("/Audit", Query(null, Blank(Sort)));

    public string PageLink(int page) => Link(page, Blank(Sort));

    private string Link(int page, string? sort) =>
        QueryHelpers.AddQueryString("/Audit", Query(page == 1 ? null : page, sort).Where(q => !string.IsNullOrWhiteSpace(q.Value)));

    private Dictionary<string, string?> Query(int? page, string? sort) => new()
    {
        ["user"] = UserName,
        ["type"] = Type,
        ["record"] = Record,
        ["action"] = Action?.ToString(),
        ["searched"] = SearchedFor,
        ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["sort"] = sort,
        ["page"] = page?.ToString(CultureInfo.InvariantCulture),
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
