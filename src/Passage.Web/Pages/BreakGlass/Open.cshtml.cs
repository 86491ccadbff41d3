using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.Audit.BreakGlass;
using Passage.Core.Common;

namespace Passage.Web.Pages.BreakGlass;

/// <summary>
/// Opens a record in an emergency: the form for a reason, and its answer. A stated reason opens the record and goes back
/// to it; a missing or bad one opens nothing and says why beside the field.
/// </summary>
[Authorize(Policy = nameof(Permission.BreakGlass))]
public sealed class OpenModel(RequestBreakGlass request, Actor actor) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Kind { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public BreakGlassForm Form { get; private set; } = null!;

    public IActionResult OnGet()
    {
        if (!Enum.TryParse<BreakGlassRecord>(Kind, ignoreCase: false, out var kind) || !Enum.IsDefined(kind))
        {
            return NotFound();
        }

        if (!BreakGlassAccess.MayRequest(actor, kind))
        {
            return Redirect(BreakGlassForm.RecordPath(kind, Id));
        }

        Form = new BreakGlassForm(kind, Id, "Open in an emergency");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await request.ExecuteAsync(new BreakGlassRequest(Kind, Id, Reason), ct);
        if (result.Succeeded)
        {
            return Redirect(BreakGlassForm.RecordPath(result.Value.RecordKind, result.Value.RecordId));
        }

        var problem = result.Problem!;
        if (problem.Kind == ProblemKind.NotFound || !Enum.TryParse<BreakGlassRecord>(Kind, out var kind))
        {
            return NotFound();
        }

        var errors = problem.Errors?.Values.SelectMany(m => m).ToList() ?? [problem.Detail ?? problem.Title];
        Form = new BreakGlassForm(kind, Id, "Not allowed", Reason, errors);
        if (problem.Kind == ProblemKind.Refused)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
        }

        return Page();
    }
}
