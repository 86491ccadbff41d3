using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Passage.Core.Accounts;
using Passage.Core.Audit.BreakGlass;

namespace Passage.Web.Pages.BreakGlass;

/// <summary>
/// The "not allowed" page with its form for a reason, shown at a record's own address when the record did not open
/// (whether it exists or not) and the user's role may open it in an emergency.
/// </summary>
public sealed record BreakGlassForm(BreakGlassRecord Kind, Guid Id, string Heading, string? Reason = null, IReadOnlyList<string>? Errors = null)
{
    private const string Key = nameof(BreakGlassForm);

    public string Action => $"/BreakGlass/{Kind}/{Id}";

    public static string RecordPath(BreakGlassRecord kind, Guid id) => kind switch
    {
        BreakGlassRecord.Person => $"/Persons/{id}",
        BreakGlassRecord.Casualty => $"/Casualties/{id}",
        _ => $"/Cases/{id}",
    };

    /// <summary>The form a record page shows instead of its record, or null for an ordinary page.</summary>
    public static BreakGlassForm? On(ViewDataDictionary viewData) => viewData[Key] as BreakGlassForm;

    /// <summary>What a record page answers when its record did not open: "not allowed" with the form, or "not found".</summary>
    public static IActionResult NotAllowedOrNotFound(PageModel page, Actor actor, BreakGlassRecord kind, Guid id)
    {
        if (!BreakGlassAccess.OffersOnDenial(actor, kind))
        {
            return page.NotFound();
        }

        page.ViewData[Key] = new BreakGlassForm(kind, id, "Not allowed");
        page.Response.StatusCode = StatusCodes.Status403Forbidden;
        return page.Page();
    }
}
