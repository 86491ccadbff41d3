using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Audit;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Accounts;

/// <summary>
/// The signed-in user changes their password. Identity changes the security stamp with it, which ends every other
/// session; the user's API tokens are revoked too, since whoever knew the old password may have made one.
/// </summary>
public sealed class ChangePassword(PassageDbContext db, UserManager<PassageUser> users, Actor actor, AuditLog audit, TimeProvider clock)
{
    public async Task<Result<PassageUser>> ExecuteAsync(string? current, string? next, string? confirm, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(actor.UserId);
        if (user is null)
        {
            return Problem.NotFound("User");
        }

        if (string.IsNullOrEmpty(next) || next != confirm)
        {
            return Problem.Invalid("Confirm", "Type the same new password twice.");
        }

        await using var transaction = await db.Database.BeginOrNestTransactionAsync(ct);
        var changed = await users.ChangePasswordAsync(user, current ?? "", next);
        if (!changed.Succeeded)
        {
            return changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch))
                ? Problem.Invalid("Current", "The current password is not right.")
                : changed.ProblemFor("New")!;
        }

        var now = clock.GetUtcNow();
        var tokens = await db.ApiTokens.Where(t => t.UserId == user.Id && t.RevokedAt == null).ToListAsync(ct);
        foreach (var token in tokens)
        {
            token.Revoke(now);
        }

        audit.Record(AuditAction.PasswordChanged, nameof(PassageUser), user.Id, $"other sessions ended; {tokens.Count} API tokens revoked");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return user;
    }
}
