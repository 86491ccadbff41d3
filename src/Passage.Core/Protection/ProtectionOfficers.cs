using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Storage;

namespace Passage.Core.Protection;

/// <summary>The users who may be made responsible for a walk-out: those whose roles let them read its whereabouts.</summary>
internal static class ProtectionOfficers
{
    public static async Task<(string Id, string Name)?> FindAsync(PassageDbContext db, string userName, CancellationToken ct)
    {
        var normalised = userName.ToUpperInvariant();
        var user = await db.Users.Where(u => u.NormalizedUserName == normalised).Select(u => new { u.Id, u.UserName }).SingleOrDefaultAsync(ct);
        if (user is null)
        {
            return null;
        }

        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ur.UserId == user.Id
                           select r.Name).ToListAsync(ct);
        return AccessPolicy.Allows(roles.OfType<string>(), Permission.ReadWhereabouts) ? (user.Id, user.UserName ?? user.Id) : null;
    }
}
