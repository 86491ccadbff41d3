using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Storage;

namespace Passage.Web.Pages.Admin;

/// <summary>The administrator's list of users and their roles.</summary>
[Authorize(Policy = nameof(Permission.ManageUsers))]
public sealed class UsersModel(PassageDbContext db, TimeProvider clock) : PageModel
{
    public sealed record UserRow(string Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, bool IsSupervisor, string? CountryCode, bool LockedOut);

    public IReadOnlyList<UserRow> Users { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           select new { ur.UserId, r.Name }).ToListAsync(ct);
        var users = await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(ct);
        Users = users.Select(u => new UserRow(
                u.Id, u.UserName ?? "", u.DisplayName,
                roles.Where(r => r.UserId == u.Id).Select(r => r.Name ?? "").Order(StringComparer.Ordinal).ToList(),
                u.IsSupervisor, u.CountryCode, u.LockoutEnd > now))
            .ToList();
    }
}
