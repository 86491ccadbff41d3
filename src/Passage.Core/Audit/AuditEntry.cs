using Passage.Core.Accounts;

namespace Passage.Core.Audit;

/// <summary>
/// One line of the append-only audit log: who did what to which record, when, from where.
/// <see cref="Detail"/> names fields and counts, never their values, so the log holds no personal data
/// beyond the record identifiers. The database refuses updates and deletes of this table, and each entry carries the
/// hash of the one before it (<see cref="AuditChain"/>), so a change made around the database shows.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
    }

    public long Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string UserId { get; private set; } = "";

    public string UserName { get; private set; } = "";

    public string? Address { get; private set; }

    public AuditAction Action { get; private set; }

    public string EntityType { get; private set; } = "";

    public string EntityId { get; private set; } = "";

    public string? Detail { get; private set; }

    /// <summary>Place in the hash chain, from 1; null for entries written before the chain began.</summary>
    public long? Sequence { get; private set; }

    /// <summary>The <see cref="Hash"/> of the entry before this one in the chain (lowercase hex SHA-256).</summary>
    public string? PreviousHash { get; private set; }

    /// <summary>SHA-256 of <see cref="AuditHash.Canonical"/>, lowercase hex.</summary>
    public string? Hash { get; private set; }

    /// <summary>Room for a list's filter values and the registration numbers of its longest page.</summary>
    public const int MaxDetailLength = 4000;

    public static AuditEntry Record(Actor actor, AuditAction action, string entityType, string entityId, string? detail, DateTimeOffset now) => new()
    {
        // Whole milliseconds: both databases keep them exactly, so the hash of a stored entry can be recomputed.
        At = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero),
        UserId = actor.UserId,
        UserName = actor.UserName,
        Address = actor.Address,
        Action = action,
        EntityType = entityType,
        EntityId = entityId,
        Detail = detail is { Length: > MaxDetailLength } ? detail[..MaxDetailLength] : detail,
    };

    /// <summary>The same act, not yet on the chain (for writing again after a failed write).</summary>
    internal static AuditEntry Copy(AuditEntry entry) => new()
    {
        At = entry.At,
        UserId = entry.UserId,
        UserName = entry.UserName,
        Address = entry.Address,
        Action = entry.Action,
        EntityType = entry.EntityType,
        EntityId = entry.EntityId,
        Detail = entry.Detail,
    };

    /// <summary>Gives the entry its place after <paramref name="previousHash"/> and its own hash.</summary>
    internal void Seal(long sequence, string previousHash)
    {
        Sequence = sequence;
        PreviousHash = previousHash;
        Hash = AuditHash.Of(this);
    }
}
