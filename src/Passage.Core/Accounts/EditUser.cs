using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Audit;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Accounts;

/// <summary>
/// The administrator changes a user: a role taken away goes at once; a role given waits for a second administrator
/// (<see cref="RoleRequests"/>); supervisor flag, country and lock. All in one transaction, every Identity result
/// checked, and every change ends the user's open sessions (their security stamp changes).
/// </summary>
public sealed class EditUser(
    PassageDbContext db, UserManager<PassageUser> users, Actor actor, AuditLog audit, TimeProvider clock)
{
    /// <summary>Locked by an administrator means locked until one unlocks it; a date far enough to mean that on both databases.</summary>
    private static readonly DateTimeOffset LockedUntilUnlocked = new(2999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    public async Task<Result<UserAccount>> GetAsync(string id, CancellationToken ct = default)
    {
        var user = actor.Can(Permission.ManageUsers) ? await users.FindByIdAsync(id) : null;
        return user is null ? Problem.NotFound("User") : await AccountOfAsync(user, ct);
    }

    public async Task<Result<UserAccount>> ExecuteAsync(string id, UserChanges changes, CancellationToken ct = default)
    {
        var user = actor.Can(Permission.ManageUsers) ? await users.FindByIdAsync(id) : null;
        if (user is null)
        {
            return Problem.NotFound("User");
        }

        var wanted = (changes.Roles ?? []).Distinct(StringComparer.Ordinal).ToList();
        var country = IdentityChecks.CountryCode(changes.CountryCode);
        var held = await users.GetRolesAsync(user);
        var pending = await db.RoleChanges.Where(c => c.UserId == user.Id && c.State == RoleChangeState.Pending).ToListAsync(ct);
        var toAsk = wanted.Except(held, StringComparer.Ordinal).Except(pending.Select(p => p.Role), StringComparer.Ordinal).ToList();
        var self = user.Id == actor.UserId;
        var errors = new ValidationErrors();
        if (wanted.Except(Roles.All, StringComparer.Ordinal).ToList() is { Count: > 0 } unknown)
        {
            errors.Add(nameof(UserChanges.Roles), $"Unknown role: {string.Join(", ", unknown)}.");
        }

        if (self && !wanted.Contains(Roles.Administrator, StringComparer.Ordinal))
        {
            errors.Add(nameof(UserChanges.Roles), "You cannot take the Administrator role from yourself; ask another administrator.");
        }

        if (self && toAsk.Count > 0)
        {
            errors.Add(nameof(UserChanges.Roles), "Nobody gives themself a role: ask another administrator to do it.");
        }

        if (self && changes.Locked)
        {
            errors.Add(nameof(UserChanges.Locked), "You cannot lock your own account.");
        }

        if (IdentityChecks.NeedsCountry(wanted, country))
        {
            errors.Add(nameof(UserChanges.CountryCode), IdentityChecks.CountryMessage);
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        await using var transaction = await db.Database.BeginOrNestTransactionAsync(ct);
        var now = clock.GetUtcNow();
        foreach (var role in held.Except(wanted, StringComparer.Ordinal))
        {
            if ((await users.RemoveFromRoleAsync(user, role)).ProblemFor(nameof(UserChanges.Roles)) is { } failed)
            {
                return failed;
            }

            Record(RoleChange.Remove(user, role, actor, now), AuditAction.RoleRemoved);
        }

        foreach (var withdrawn in pending.Where(p => !wanted.Contains(p.Role, StringComparer.Ordinal)))
        {
            withdrawn.Reject(actor, now);
            audit.Record(AuditAction.RoleRequestRejected, nameof(PassageUser), user.Id, withdrawn.Describe());
        }

        foreach (var role in toAsk)
        {
            Record(RoleChange.RequestGrant(user, role, actor, now).Value, AuditAction.RoleRequested);
        }

        user.IsSupervisor = changes.IsSupervisor;
        user.CountryCode = country;
        if (await LockAsync(user, changes.Locked) is { } lockFailed)
        {
            return lockFailed;
        }

        if ((await users.UpdateSecurityStampAsync(user)).ProblemFor("") is { } updateFailed)
        {
            return updateFailed;
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return await AccountOfAsync(user, ct);
    }

    private void Record(RoleChange change, AuditAction action)
    {
        db.RoleChanges.Add(change);
        audit.Record(action, nameof(PassageUser), change.UserId, change.Describe());
    }

    private async Task<Problem?> LockAsync(PassageUser user, bool locked)
    {
        var isLocked = await users.IsLockedOutAsync(user);
        if (locked == isLocked)
        {
            return null;
        }

        if (locked)
        {
            var enabled = user.LockoutEnabled ? IdentityResult.Success : await users.SetLockoutEnabledAsync(user, true);
            audit.Record(AuditAction.AccountLocked, nameof(PassageUser), user.Id);
            return enabled.ProblemFor(nameof(UserChanges.Locked))
                ?? (await users.SetLockoutEndDateAsync(user, LockedUntilUnlocked)).ProblemFor(nameof(UserChanges.Locked));
        }

        audit.Record(AuditAction.AccountUnlocked, nameof(PassageUser), user.Id);
        return (await users.SetLockoutEndDateAsync(user, null)).ProblemFor(nameof(UserChanges.Locked))
            ?? (await users.ResetAccessFailedCountAsync(user)).ProblemFor(nameof(UserChanges.Locked));
    }

    private async Task<UserAccount> AccountOfAsync(PassageUser user, CancellationToken ct)
    {
        var pending = await db.RoleChanges.AsNoTracking()
            .Where(c => c.UserId == user.Id && c.State == RoleChangeState.Pending)
            .Select(c => c.Role).ToListAsync(ct);
        return new UserAccount(
            user.Id, user.UserName ?? user.Id, user.DisplayName,
            [.. (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal)],
            [.. pending.Order(StringComparer.Ordinal)],
            user.IsSupervisor, user.CountryCode, await users.IsLockedOutAsync(user));
    }
}
