using Passage.Core.Accounts;
using Passage.Core.Storage;

namespace Passage.Core.Audit;

/// <summary>Records reads, searches and other acts that change no record but must be audited. The caller saves.</summary>
public sealed class AuditLog(PassageDbContext db, Actor actor, TimeProvider clock)
{
    public void Record(AuditAction action, string entityType, string entityId, string? detail = null) =>
        db.AuditEntries.Add(AuditEntry.Record(actor, action, entityType, entityId, detail, clock.GetUtcNow()));

    /// <summary>Records and saves at once, for reads that write nothing else.</summary>
    public async Task RecordNowAsync(AuditAction action, string entityType, string entityId, string? detail = null, CancellationToken ct = default)
    {
        Record(action, entityType, entityId, detail);
        await db.SaveChangesAsync(ct);
    }
}
