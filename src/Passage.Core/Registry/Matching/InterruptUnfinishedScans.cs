using Microsoft.EntityFrameworkCore;
using Passage.Core.Storage;

namespace Passage.Core.Registry.Matching;

/// <summary>
/// At start, before any scan can run in this process: a scan still queued or running in the database was left by a
/// process that stopped, so it is marked interrupted.
/// </summary>
public sealed class InterruptUnfinishedScans(PassageDbContext db, TimeProvider clock)
{
    /// <summary>Returns how many scans were marked interrupted.</summary>
    public async Task<int> ExecuteAsync(CancellationToken ct = default)
    {
        var unfinished = await db.DuplicateScans
            .Where(s => DuplicateScan.UnfinishedStatuses.Contains(s.Status))
            .ToListAsync(ct);
        var now = clock.GetUtcNow();
        foreach (var scan in unfinished)
        {
            scan.Interrupt(now);
        }

        await db.SaveChangesAsync(ct);
        return unfinished.Count;
    }
}
