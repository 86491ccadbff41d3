using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Registry.Matching;

/// <summary>The status of one duplicate scan, or of the latest one.</summary>
public sealed class ViewDuplicateScan(PassageDbContext db, Actor actor)
{
    /// <summary>The scan <paramref name="scanId"/>, or the latest scan when null; null value when no scan was ever started.</summary>
    public async Task<Result<DuplicateScanView?>> ExecuteAsync(long? scanId = null, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.WriteBiodata))
        {
            return Problem.NotFound("Scan");
        }

        var scans = db.DuplicateScans.AsNoTracking();
        var scan = scanId is { } id
            ? await scans.SingleOrDefaultAsync(s => s.Id == id, ct)
            : await scans.OrderByDescending(s => s.Id).FirstOrDefaultAsync(ct);
        if (scan is null && scanId is not null)
        {
            return Problem.NotFound("Scan");
        }

        return Result.Ok(scan is null ? null : DuplicateScanView.From(scan));
    }

    /// <summary>Who started a scan, for the background worker to act as; no permission check (the start had one).</summary>
    public async Task<(string UserId, string UserName)> StarterAsync(long scanId, CancellationToken ct = default)
    {
        var scan = await db.DuplicateScans.AsNoTracking().Where(s => s.Id == scanId).Select(s => new { s.StartedByUserId, s.StartedBy }).SingleAsync(ct);
        return (scan.StartedByUserId, scan.StartedBy);
    }
}
