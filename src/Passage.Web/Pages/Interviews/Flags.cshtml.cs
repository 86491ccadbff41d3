using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.Interviews;

namespace Passage.Web.Pages.Interviews;

/// <summary>The protection officers' highlights: lists that contradict a resident's own interview, and for supervisors interviews not held alone.</summary>
[Authorize(Policy = nameof(Permission.ReadInterviewRecord))]
public sealed class FlagsModel(ProtectionFlags flags) : PageModel
{
    public IReadOnlyList<ProtectionFlag> Flags { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Flags = await flags.ExecuteAsync(ct);
}
