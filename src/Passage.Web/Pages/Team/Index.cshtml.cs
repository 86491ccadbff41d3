using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.Cases;
using Passage.Core.Interviews;

namespace Passage.Web.Pages.Team;

/// <summary>A supervisor's team view: who has which open cases and for how long, and the team's flags they may read.</summary>
[Authorize(Policy = nameof(Permission.ReadCases))]
public sealed class IndexModel(ViewTeamWork team, ProtectionFlags flags, Actor actor, TimeProvider clock) : PageModel
{
    public TeamWork Work { get; private set; } = new([], []);

    /// <summary>Interviews in force not held alone, for a supervisor who reads interview records; null for anyone else.</summary>
    public int? NotInterviewedAlone { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await team.ExecuteAsync(ct);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        Work = result.Value;
        var flagged = await flags.ExecuteAsync(ct);
        NotInterviewedAlone = actor.Can(Permission.ReadInterviewRecord)
            ? flagged.Count(f => f.Kind == ProtectionFlagKind.NotInterviewedAlone && f.Done is null)
            : null;
        return Page();
    }

    /// <summary>How long since <paramref name="since"/>, in days.</summary>
    public int DaysSince(DateTimeOffset since) => Math.Max(0, (int)(clock.GetUtcNow() - since).TotalDays);
}
