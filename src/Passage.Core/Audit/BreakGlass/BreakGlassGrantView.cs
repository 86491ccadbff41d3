namespace Passage.Core.Audit.BreakGlass;

/// <summary>An emergency grant as its holder and the auditor see it.</summary>
public sealed record BreakGlassGrantView(
    Guid Id,
    string UserName,
    BreakGlassRecord RecordKind,
    Guid RecordId,
    string Reason,
    DateTimeOffset GrantedAt,
    DateTimeOffset ExpiresAt,
    bool Active,
    bool? Justified,
    string? ReviewedBy,
    DateTimeOffset? ReviewedAt,
    string? ReviewNote)
{
    internal static BreakGlassGrantView Of(BreakGlassGrant g, DateTimeOffset now) => new(
        g.Id, g.UserName, g.RecordKind, g.RecordId, g.Reason, g.GrantedAt, g.ExpiresAt, g.IsActiveAt(now),
        g.Justified, g.ReviewedBy, g.ReviewedAt, g.ReviewNote);
}
