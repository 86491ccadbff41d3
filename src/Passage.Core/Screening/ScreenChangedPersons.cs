using Microsoft.EntityFrameworkCore;
using Passage.Core.Storage;

namespace Passage.Core.Screening;

/// <summary>
/// The job that screens every person registered or changed since the last pass against every list, run by the host every
/// few seconds whatever process wrote the change (a page, the API, an import from the command line). A pass looks back by an
/// overlap, for transactions that committed late with an earlier time; a pair screened twice is stored once.
/// </summary>
public sealed class ScreenChangedPersons(PassageDbContext db, TimeProvider clock)
{
    public static readonly TimeSpan Overlap = TimeSpan.FromMinutes(2);

    public async Task<ScreeningOutcome> ExecuteAsync(CancellationToken ct = default)
    {
        var lists = await db.ScreeningLists.ToListAsync(ct);
        if (lists.Count == 0)
        {
            return new ScreeningOutcome(0, 0, 0);
        }

        var now = clock.GetUtcNow();
        var since = lists.Min(l => l.ScreenedThrough) is { } through ? through - Overlap : DateTimeOffset.MinValue;
        var outcome = await ScreeningPass.RunAsync(db, db.Persons.Where(p => p.UpdatedAt >= since), [.. lists.Select(l => l.Id)], now, ct);
        if (outcome.Persons > 0)
        {
            lists.ForEach(l => l.Screened(now));
            await db.SaveChangesAsync(ct);
        }

        return outcome;
    }
}
