using Passage.Core.Accounts;
using Passage.Core.Common;

namespace Passage.Core.Audit.BreakGlass;

/// <summary>
/// Emergency access of one user to one record, opened by stating a reason, lasting a short time, and reviewed by an
/// auditor afterwards. A grant found not justified stops opening the record at once, even before it expires.
/// </summary>
public sealed class BreakGlassGrant
{
    private BreakGlassGrant()
    {
    }

    public Guid Id { get; private set; }

    public string UserId { get; private set; } = "";

    public string UserName { get; private set; } = "";

    public BreakGlassRecord RecordKind { get; private set; }

    public Guid RecordId { get; private set; }

    /// <summary>Why the user needed the record; may hold personal data, so it stays here and never goes to the audit log.</summary>
    public string Reason { get; private set; } = "";

    public DateTimeOffset GrantedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>The auditor's finding; null until reviewed.</summary>
    public bool? Justified { get; private set; }

    public string? ReviewedBy { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    public string? ReviewNote { get; private set; }

    internal static BreakGlassGrant Open(Actor actor, BreakGlassRecord kind, Guid recordId, string reason, DateTimeOffset now, TimeSpan duration) => new()
    {
        Id = Guid.NewGuid(),
        UserId = actor.UserId,
        UserName = actor.UserName,
        RecordKind = kind,
        RecordId = recordId,
        Reason = reason,
        GrantedAt = now,
        ExpiresAt = now + duration,
    };

    public bool IsActiveAt(DateTimeOffset now) => now < ExpiresAt && Justified != false;

    /// <summary>Records the auditor's finding. Refused for a grant reviewed already, or one the reviewer opened themself.</summary>
    internal Problem? Review(Actor reviewer, bool justified, string? note, DateTimeOffset now)
    {
        if (ReviewedAt is not null)
        {
            return Problem.Refused($"This emergency access was reviewed already by {ReviewedBy}.");
        }

        if (string.Equals(reviewer.UserId, UserId, StringComparison.Ordinal))
        {
            return Problem.Refused("Nobody reviews their own emergency access; another auditor must.");
        }

        Justified = justified;
        ReviewNote = note;
        ReviewedBy = reviewer.UserName;
        ReviewedAt = now;
        return null;
    }
}
