using Passage.Core.Accounts;

namespace Passage.Core.Audit;

/// <summary>
/// One line of the append-only audit log: who did what to which record, when, from where.
/// <see cref="Detail"/> names fields and counts, never their values, so the log holds no personal data
/// beyond the record identifiers. The database refuses updates and deletes of this table.
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

    /// <summary>Room for a list's filter values and the registration numbers of its longest page.</summary>
    public const int MaxDetailLength = 4000;

    public static AuditEntry Record(Actor actor, AuditAction action, string entityType, string entityId, string? detail, DateTimeOffset now) => new()
    {
        At = now,
        UserId = actor.UserId,
        UserName = actor.UserName,
        Address = actor.Address,
        Action = action,
        EntityType = entityType,
        EntityId = entityId,
        Detail = detail is { Length: > MaxDetailLength } ? detail[..MaxDetailLength] : detail,
    };
}
