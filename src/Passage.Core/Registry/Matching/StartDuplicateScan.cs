using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Registry.Matching;

/// <summary>
/// Starts a scan of the registry for duplicates in the background and returns at once. Only one scan runs at a
/// time: a start while another is queued or running is refused.
/// </summary>
public sealed class StartDuplicateScan(PassageDbContext db, Actor actor, DuplicateScanQueue queue, TimeProvider clock)
{
    public async Task<Result<DuplicateScanView>> ExecuteAsync(CancellationToken ct = default)
    {
        if (!actor.Can(Permission.WriteBiodata))
        {
            return Problem.NotFound("Registry");
        }

        await queue.StartLock.WaitAsync(ct);
        try
        {
            var running = await db.DuplicateScans.AsNoTracking()
                .Where(s => DuplicateScan.UnfinishedStatuses.Contains(s.Status))
                .OrderBy(s => s.Id)
                .FirstOrDefaultAsync(ct);
            if (running is not null)
            {
                return Problem.Refused(string.Create(CultureInfo.InvariantCulture,
                    $"A scan is running already (started by {running.StartedBy} at {running.StartedAt:yyyy-MM-dd HH:mm} UTC). Wait for it to finish."));
            }

            var scan = DuplicateScan.Queue(actor, clock.GetUtcNow());
            db.DuplicateScans.Add(scan);
            await db.SaveChangesAsync(ct);
            queue.Enqueue(scan.Id);
            return DuplicateScanView.From(scan);
        }
        finally
        {
            queue.StartLock.Release();
        }
    }
}
