using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Audit;

/// <summary>
/// Walks the audit hash chain from its first entry, names the first entry that was changed, removed or inserted, checks
/// an earlier anchor when given one, and stores the result for the auditor's page. Reads entries one at a time, untracked,
/// and checks each hash without allocating.
/// </summary>
public sealed class VerifyAuditChain(PassageDbContext db, Actor actor, TimeProvider clock)
{
    /// <summary>How many entries pass between two progress reports.</summary>
    public const int ProgressEvery = 100_000;

    public async Task<Result<AuditVerification>> ExecuteAsync(
        string via, AuditAnchor? anchor = null, IProgress<long>? progress = null, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.ReadAudit))
        {
            return Problem.NotFound("Audit log");
        }

        var head = await db.AuditChainHeads.AsNoTracking().SingleAsync(h => h.Id == AuditChainHead.TheOne, ct);
        var walk = new AuditChainWalk(head, anchor);
        var last = head.Sequence;
        var entries = db.AuditEntries.AsNoTracking()
            .Where(e => e.Sequence != null && e.Sequence <= last)
            .OrderBy(e => e.Sequence)
            .AsAsyncEnumerable();
        await foreach (var entry in entries.WithCancellation(ct))
        {
            if (!walk.Step(entry))
            {
                break;
            }

            if (walk.Checked % ProgressEvery == 0)
            {
                progress?.Report(walk.Checked);
            }
        }

        // One statement each, so an entry committed with a newer head is never taken for an insertion.
        var pastHead = await db.AuditEntries.AsNoTracking()
            .Where(e => e.Sequence > db.AuditChainHeads.Where(h => h.Id == AuditChainHead.TheOne).Select(h => h.Sequence).First())
            .OrderBy(e => e.Sequence)
            .FirstOrDefaultAsync(ct);
        var unchained = await db.AuditEntries
            .Where(e => e.Sequence == null && e.Id > head.ChainedAfterId)
            .MinAsync(e => (long?)e.Id, ct);
        walk.Finish(pastHead, unchained);
        progress?.Report(walk.Checked);

        var verification = AuditVerification.Of(actor.UserName, via, clock.GetUtcNow(), walk);
        db.AuditVerifications.Add(verification);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (!verification.Intact)
        {
            // An entry forged past the head holds the sequence the next entry needs: report what was found all the same.
            db.ChangeTracker.Clear();
        }

        return verification;
    }

    /// <summary>The latest verification, for the auditor's page; null before the first.</summary>
    public async Task<AuditVerification?> LatestAsync(CancellationToken ct = default) =>
        actor.Can(Permission.ReadAudit)
            ? await db.AuditVerifications.AsNoTracking().OrderByDescending(v => v.Id).FirstOrDefaultAsync(ct)
            : null;
}
