using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Audit;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Accounts;

/// <summary>A role asked for and waiting, as administrators see it; <see cref="AskedByMe"/> marks what the viewer may not approve.</summary>
public sealed record RoleRequestView(Guid Id, string UserId, string UserName, string Role, string RequestedByName, DateTimeOffset RequestedAt, bool AskedByMe);

/// <summary>
/// Roles waiting for a second administrator: the list, approval (which gives the role and ends the user's sessions
/// so the new role applies) and rejection. <see cref="RoleChange.Approve"/> holds who may approve.
/// </summary>
public sealed class RoleRequests(
    PassageDbContext db, UserManager<PassageUser> users, RoleManager<IdentityRole> roles, Actor actor, AuditLog audit, TimeProvider clock)
{
    public async Task<Result<IReadOnlyList<RoleRequestView>>> PendingAsync(CancellationToken ct = default)
    {
        if (!actor.Can(Permission.ManageUsers))
        {
            return Problem.NotFound("Role requests");
        }

        var pending = await db.RoleChanges.AsNoTracking().Where(c => c.State == RoleChangeState.Pending).ToListAsync(ct);
        return pending.OrderBy(c => c.RequestedAt)
            .Select(c => new RoleRequestView(c.Id, c.UserId, c.UserName, c.Role, c.RequestedByName, c.RequestedAt, c.RequestedById == actor.UserId))
            .ToList();
    }

    public async Task<Result<RoleChange>> ApproveAsync(Guid id, CancellationToken ct = default)
    {
        var change = await FindAsync(id, ct);
        if (change is null)
        {
            return Problem.NotFound("Role request");
        }

        await using var transaction = await db.Database.BeginOrNestTransactionAsync(ct);
        if (change.Approve(actor, clock.GetUtcNow()) is { } refused)
        {
            return refused;
        }

        var user = await users.FindByIdAsync(change.UserId);
        if (user is null)
        {
            return Problem.NotFound("User");
        }

        if (!await users.IsInRoleAsync(user, change.Role) && await users.AddRoleAsync(roles, user, change.Role) is { } failed)
        {
            return failed;
        }

        audit.Record(AuditAction.RoleGranted, nameof(PassageUser), user.Id, change.Describe());
        if ((await users.UpdateSecurityStampAsync(user)).ProblemFor("") is { } stampFailed)
        {
            return stampFailed;
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return change;
    }

    public async Task<Result<RoleChange>> RejectAsync(Guid id, CancellationToken ct = default)
    {
        var change = await FindAsync(id, ct);
        if (change is null)
        {
            return Problem.NotFound("Role request");
        }

        if (change.Reject(actor, clock.GetUtcNow()) is { } refused)
        {
            return refused;
        }

        audit.Record(AuditAction.RoleRequestRejected, nameof(PassageUser), change.UserId, change.Describe());
        await db.SaveChangesAsync(ct);
        return change;
    }

    private async Task<RoleChange?> FindAsync(Guid id, CancellationToken ct) =>
        actor.Can(Permission.ManageUsers)
            ? await db.RoleChanges.SingleOrDefaultAsync(c => c.Id == id && c.Kind == RoleChangeKind.Grant, ct)
            : null;
}
