using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Screening;

/// <summary>The security officer screens the whole registry (residents who left, were resettled or died included) against every list again.</summary>
public sealed class ScreenRegistry(PassageDbContext db, Actor actor, TimeProvider clock)
{
    public async Task<Result<ScreeningOutcome>> ExecuteAsync(CancellationToken ct = default)
    {
        if (!actor.Can(Permission.ScreenAgainstLists))
        {
            return Problem.NotFound("Screening list");
        }

        var now = clock.GetUtcNow();
        var lists = await db.ScreeningLists.ToListAsync(ct);
        var outcome = await ScreeningPass.RunAsync(db, db.Persons, [.. lists.Select(l => l.Id)], now, ct);
        lists.ForEach(l => l.Screened(now));
        await db.SaveChangesAsync(ct);
        return outcome;
    }
}
