using System.Globalization;
using Passage.Core.Audit;
using Passage.Core.Registry.Matching;
using Passage.Core.Storage;

namespace Passage.Core.Retention;

/// <summary>What the job found, or did, for one kind of record.</summary>
/// <param name="Period">The kind's retention period; null when it is kept for good (and <paramref name="Count"/> is 0).</param>
/// <param name="Count">Records whose period has ended: to be anonymised or deleted (dry run), or anonymised or deleted.</param>
/// <param name="OldestClockStart">The earliest clock start among them; null when there are none.</param>
public sealed record RetentionOutcome(RetentionKind Kind, RetentionAction Action, TimeSpan? Period, int Count, DateTimeOffset? OldestClockStart);

/// <summary>
/// The retention job: for each kind of record with a period, finds the records whose period has ended (clock start plus
/// period at or before now) and, unless it is a dry run, anonymises or deletes them. Each kind runs in its own transaction,
/// in batches, so a kind is done wholly or not at all; each record gets an audit entry naming its kind and id, never its
/// content. Runs for nobody: the command line and the scheduled job act as themselves. The audit log itself is never touched.
/// </summary>
public sealed class ApplyRetention(PassageDbContext db, AuditLog audit, RetentionSettings settings, TimeProvider clock, RegistryIndex? index = null)
{
    public const int BatchSize = 500;

    /// <summary>With <paramref name="dryRun"/> counts and changes nothing; otherwise applies and returns what it applied.</summary>
    public async Task<IReadOnlyList<RetentionOutcome>> ExecuteAsync(bool dryRun, IProgress<string>? progress = null, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var outcomes = new List<RetentionOutcome>();
        foreach (var rule in RetentionRule.All)
        {
            var action = RetentionKinds.ActionOf(rule.Kind);
            if (settings.PeriodOf(rule.Kind) is not { } period)
            {
                outcomes.Add(new RetentionOutcome(rule.Kind, action, null, 0, null));
                continue;
            }

            var expired = await rule.FindAsync(db, now - period, ct);
            var oldest = expired.Count == 0 ? (DateTimeOffset?)null : expired.Min(e => e.ClockStart);
            if (!dryRun && expired.Count > 0)
            {
                await ApplyAsync(rule, action, expired.Select(e => e.Id).ToList(), now, progress, ct);
            }

            outcomes.Add(new RetentionOutcome(rule.Kind, action, period, expired.Count, oldest));
        }

        return outcomes;
    }

    private async Task ApplyAsync(RetentionRule rule, RetentionAction action, List<string> ids, DateTimeOffset now, IProgress<string>? progress, CancellationToken ct)
    {
        var auditAction = action == RetentionAction.Anonymise ? AuditAction.Anonymised : AuditAction.RetentionDeleted;
        var detail = "retention: " + RetentionKinds.Name(rule.Kind);
        var done = 0;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            foreach (var batch in ids.Chunk(BatchSize))
            {
                await rule.ApplyAsync(db, batch, now, ct);
                foreach (var id in batch)
                {
                    audit.Record(auditAction, rule.EntityType, id, detail);
                }

                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                done += batch.Length;
                progress?.Report(string.Create(CultureInfo.InvariantCulture,
                    $"{RetentionKinds.Label(rule.Kind)}: {done:N0} of {ids.Count:N0} {(action == RetentionAction.Anonymise ? "anonymised" : "deleted")}"));
            }

            await transaction.CommitAsync(ct);
        }

        rule.Committed(ids, index);
    }
}
