using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Storage;

namespace Passage.Core.Retention;

/// <summary>
/// Personal API tokens that expired or were revoked are deleted; the clock starts at whichever of the two came first.
/// A token that never ends is kept while it is not revoked.
/// </summary>
internal sealed class EndedApiTokens : RetentionRule
{
    public override RetentionKind Kind => RetentionKind.ApiTokens;

    public override string EntityType => nameof(ApiToken);

    public override async Task<List<ExpiredRecord>> FindAsync(PassageDbContext db, DateTimeOffset cutoff, CancellationToken ct)
    {
        var ended = await db.ApiTokens
            .Where(t => (t.RevokedAt != null && t.RevokedAt <= cutoff) || (t.ExpiresAt != null && t.ExpiresAt <= cutoff))
            .Select(t => new { t.Id, t.RevokedAt, t.ExpiresAt })
            .ToListAsync(ct);
        return ended.Select(t => new ExpiredRecord(t.Id, EndOf(t.RevokedAt, t.ExpiresAt))).ToList();
    }

    public override async Task ApplyAsync(PassageDbContext db, IReadOnlyList<string> records, DateTimeOffset now, CancellationToken ct)
    {
        var ids = Guids(records);
        db.ApiTokens.RemoveRange(await db.ApiTokens.Where(t => ids.Contains(t.Id)).ToListAsync(ct));
    }

    private static DateTimeOffset EndOf(DateTimeOffset? revokedAt, DateTimeOffset? expiresAt) =>
        revokedAt is { } revoked && (expiresAt is not { } expires || revoked < expires) ? revoked : expiresAt!.Value;
}
