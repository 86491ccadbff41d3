using Microsoft.EntityFrameworkCore;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Accounts;

/// <summary>The administrator's list of users with their roles, roles waiting for approval, and lock state.</summary>
public sealed class ListUsers(PassageDbContext db, Actor actor, TimeProvider clock)
{
    public async Task<Result<IReadOnlyList<UserAccount>>> ExecuteAsync(CancellationToken ct = default)
    {
        if (!actor.Can(Permission.ManageUsers) && !actor.IsConsoleOperator)
        {
            return Problem.NotFound("Users");
        }

        var now = clock.GetUtcNow();
        var held = await (from ur in db.UserRoles
                          join r in db.Roles on ur.RoleId equals r.Id
                          select new { ur.UserId, r.Name }).ToListAsync(ct);
        var pending = await db.RoleChanges.AsNoTracking()
            .Where(c => c.State == RoleChangeState.Pending)
            .Select(c => new { c.UserId, c.Role }).ToListAsync(ct);
        var users = await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(ct);
        return users.Select(u => new UserAccount(
                u.Id, u.UserName ?? "", u.DisplayName,
                held.Where(r => r.UserId == u.Id).Select(r => r.Name ?? "").Order(StringComparer.Ordinal).ToList(),
                pending.Where(r => r.UserId == u.Id).Select(r => r.Role).Order(StringComparer.Ordinal).ToList(),
                u.IsSupervisor, u.CountryCode, u.LockoutEnd > now))
            .ToList();
    }
}
