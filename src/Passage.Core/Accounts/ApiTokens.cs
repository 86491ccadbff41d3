using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Audit;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Accounts;

/// <summary>A token as its owner sees it in the list: never the secret or its hash.</summary>
public sealed record ApiTokenView(Guid Id, string Name, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt);

/// <summary>A newly created token with its secret, shown to its owner once.</summary>
public sealed record CreatedApiToken(ApiTokenView Token, string Secret);

/// <summary>
/// The acting user's personal API tokens: create, list, revoke. A user never sees or revokes another's tokens, and a
/// token made by a script with a token never outlives the token that made it.
/// </summary>
public sealed class ApiTokens(PassageDbContext db, Actor actor, AuditLog audit, TimeProvider clock)
{
    public const int MaxLifetimeDays = 365;

    public const int DefaultLifetimeDays = 90;

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

        var now = clock.GetUtcNow();
        var expiresAt = now.AddDays(Math.Clamp(lifetimeDays ?? DefaultLifetimeDays, 1, MaxLifetimeDays));
        if (actor.TokenExpiresAt is { } ceiling && expiresAt > ceiling)
        {
            if (lifetimeDays is null)
            {
                expiresAt = ceiling;
            }
            else
            {
                errors.Add("LifetimeDays", $"A token made with a token cannot outlive it: yours expires on {Day(ceiling)}, so at most {Math.Max((int)(ceiling - now).TotalDays, 0)} days.");
            }
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var (token, secret) = ApiToken.Create(actor.UserId, label, now, expiresAt);
        db.ApiTokens.Add(token);
        var madeBy = actor.TokenId is { } parent ? $"made with token {parent}" : "made in a signed-in session";
        audit.Record(AuditAction.TokenCreated, nameof(ApiToken), token.Id.ToString(), $"expires {Day(expiresAt)}; {madeBy}");
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

    /// <summary>The token a presented secret belongs to, when it is active; null otherwise.</summary>
    public async Task<ApiToken?> AuthenticateAsync(string secret, CancellationToken ct = default)
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

        return token;
    }

    private static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static ApiTokenView View(ApiToken t) => new(t.Id, t.Name, t.CreatedAt, t.ExpiresAt, t.RevokedAt, t.LastUsedAt);
}
