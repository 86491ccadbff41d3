using Microsoft.EntityFrameworkCore;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Accounts;

/// <summary>A token as its owner sees it in the list: never the secret or its hash.</summary>
public sealed record ApiTokenView(Guid Id, string Name, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt);

/// <summary>A newly created token with its secret, shown to its owner once.</summary>
public sealed record CreatedApiToken(ApiTokenView Token, string Secret);

/// <summary>The acting user's personal API tokens: create, list, revoke. A user never sees or revokes another's tokens.</summary>
public sealed class ApiTokens(PassageDbContext db, Actor actor, TimeProvider clock)
{
    public const int MaxLifetimeDays = 365;

    public async Task<Result<CreatedApiToken>> CreateAsync(string? name, int? lifetimeDays, CancellationToken ct = default)
    {
        var errors = new ValidationErrors();
        var label = TextRules.Name(name, "Name", errors) ?? "";
        if (label.Length == 0)
        {
            errors.Add("Name", "Name the token (at most 100 characters), for example after the script that uses it.");
        }

        if (lifetimeDays is < 1 or > MaxLifetimeDays)
        {
            errors.Add("LifetimeDays", $"A token lives 1 to {MaxLifetimeDays} days.");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var now = clock.GetUtcNow();
        var (token, secret) = ApiToken.Create(actor.UserId, label, now, now.AddDays(lifetimeDays ?? 90));
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(ct);
        return new CreatedApiToken(View(token), secret);
    }

    public async Task<IReadOnlyList<ApiTokenView>> ListAsync(CancellationToken ct = default) =>
        (await db.ApiTokens.AsNoTracking().Where(t => t.UserId == actor.UserId).ToListAsync(ct))
            .OrderByDescending(t => t.CreatedAt).Select(View).ToList();

    public async Task<Result<ApiTokenView>> RevokeAsync(Guid id, CancellationToken ct = default)
    {
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == id && t.UserId == actor.UserId, ct);
        if (token is null)
        {
            return Problem.NotFound("Token");
        }

        token.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return View(token);
    }

    /// <summary>The user id a presented secret belongs to, when the token is active; null otherwise.</summary>
    public async Task<string?> AuthenticateAsync(string secret, CancellationToken ct = default)
    {
        if (!secret.StartsWith(ApiToken.SecretPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var hash = ApiToken.HashOf(secret);
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Hash == hash, ct);
        var now = clock.GetUtcNow();
        if (token is null || !token.IsActive(now))
        {
            return null;
        }

        if (token.LastUsedAt is null || now - token.LastUsedAt > TimeSpan.FromHours(1))
        {
            token.MarkUsed(now);
            await db.SaveChangesAsync(ct);
        }

        return token.UserId;
    }

    private static ApiTokenView View(ApiToken t) => new(t.Id, t.Name, t.CreatedAt, t.ExpiresAt, t.RevokedAt, t.LastUsedAt);
}
