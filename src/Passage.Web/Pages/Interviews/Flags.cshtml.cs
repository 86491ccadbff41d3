using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Interviews;

namespace Passage.Web.Pages.Interviews;

/// <summary>
/// The protection officers' highlights: lists that contradict a resident's own interview, and for supervisors interviews not
/// held alone. Each waits until an officer marks it done with a note of what they did.
/// </summary>
[Authorize(Policy = nameof(Permission.ReadInterviewRecord))]
public sealed class FlagsModel(ProtectionFlags flags, MarkProtectionFlagDone markDone, Actor actor) : PageModel
{
    public IReadOnlyList<ProtectionFlag> Flags { get; private set; } = [];

    /// <summary>The flag whose note was refused, to show its message beside its own form.</summary>
    public string? Failed { get; private set; }

    [BindProperty]
    public string? Note { get; set; }

    public bool MayMarkDone => actor.Can(Permission.WriteInterviewRecord);

    public async Task OnGetAsync(CancellationToken ct) => Flags = await flags.ExecuteAsync(ct);

    public async Task<IActionResult> OnPostAsync(string? key, CancellationToken ct)
    {
        var result = await markDone.ExecuteAsync(key, Note, ct);
        if (result.Succeeded)
        {
            TempData.SetNotice($"The flag on {result.Value.RegistrationNumber} was marked done.");
            return Redirect("/Interviews/Flags");
        }

        if (result.Problem!.Kind == ProblemKind.NotFound)
        {
            return NotFound();
        }

        ModelState.Clear();
        Failed = key;
        result.Problem.AddTo(ModelState, "");
        Flags = await flags.ExecuteAsync(ct);
        return Page();
    }
}
