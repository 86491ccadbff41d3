using Microsoft.EntityFrameworkCore;
using Passage.Core.Storage;
using Passage.Core.Storage.Idempotency;

namespace Passage.Core.Retention;

/// <summary>
/// The stored answers of API writes sent with an <c>Idempotency-Key</c> are deleted; the clock starts when the answer was
/// stored. They only guard a client's retry of the same write, which comes within minutes, and they hold the answer's body,
/// which may name a resident. A key whose record is gone is new again: a retry after the period writes again.
/// </summary>
internal sealed class OldIdempotencyRecords : RetentionRule
{
    public override RetentionKind Kind => RetentionKind.IdempotencyRecords;

    public override string EntityType => nameof(IdempotencyRecord);

    public override async Task<List<ExpiredRecord>> FindAsync(PassageDbContext db, DateTimeOffset cutoff, CancellationToken ct)
    {
        var stored = await db.IdempotencyRecords
            .Where(r => r.CreatedAt <= cutoff)
            .Select(r => new { r.UserId, r.Key, r.CreatedAt })
            .ToListAsync(ct);
        return stored.Select(r => new ExpiredRecord(IdOf(r.UserId, r.Key), r.CreatedAt)).ToList();
    }

    public override Task ApplyAsync(PassageDbContext db, IReadOnlyList<string> records, DateTimeOffset now, CancellationToken ct)
    {
        // Deleted by key without reading the stored bodies back.
        foreach (var record in records)
        {
            var split = record.IndexOf('|', StringComparison.Ordinal);
            db.IdempotencyRecords.Remove(IdempotencyRecord.KeyOnly(record[..split], record[(split + 1)..]));
        }

        return Task.CompletedTask;
    }

    /// <summary>The record's key as the audit log names it: the user id, then the caller's key (user ids hold no '|').</summary>
    private static string IdOf(string userId, string key) => $"{userId}|{key}";
}
