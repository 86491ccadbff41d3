using Passage.Core.Accounts;
using Passage.Core.Storage;

namespace Passage.Core.Audit;

/// <summary>
/// Records reads, searches and other acts that change no record but must be audited. The caller saves, except for
/// <see cref="RecordNowAsync"/> and <see cref="RecordReadAsync"/>.
/// </summary>
public sealed class AuditLog(PassageDbContext db, Actor actor, TimeProvider clock, ReadAuditQueue? reads = null)
{
    public void Record(AuditAction action, string entityType, string entityId, string? detail = null) =>
        db.AuditEntries.Add(Entry(action, entityType, entityId, detail));

    /// <summary>Records and saves at once, for reads that write nothing else.</summary>
    public async Task RecordNowAsync(AuditAction action, string entityType, string entityId, string? detail = null, CancellationToken ct = default)
    {
        Record(action, entityType, entityId, detail);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Records a read (a record viewed, a list searched): on the process's <see cref="ReadAuditQueue"/>, written within the
    /// flush interval, where there is one (the web application); else at once, as <see cref="RecordNowAsync"/>.
    /// </summary>
    public Task RecordReadAsync(AuditAction action, string entityType, string entityId, string? detail = null, CancellationToken ct = default)
    {
        if (reads is null)
        {
            return RecordNowAsync(action, entityType, entityId, detail, ct);
        }

        reads.Enqueue(Entry(action, entityType, entityId, detail));
        return Task.CompletedTask;
    }

    /// <summary>Writes the reads this process still holds, so that a search of the log that follows sees every one of them.</summary>
    public async Task WriteQueuedReadsAsync(CancellationToken ct)
    {
        if (reads is not null)
        {
            await reads.FlushAsync(ct);
        }
    }

    private AuditEntry Entry(AuditAction action, string entityType, string entityId, string? detail) =>
        AuditEntry.Record(actor, action, entityType, entityId, detail, clock.GetUtcNow());
}
