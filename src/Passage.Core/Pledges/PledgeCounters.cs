using Microsoft.EntityFrameworkCore;
using Passage.Core.Storage;

namespace Passage.Core.Pledges;

/// <summary>The only code that changes a <see cref="PledgeCounter"/>: one conditional statement each, run inside the caller's transaction.</summary>
internal static class PledgeCounters
{
    /// <summary>Counts <paramref name="persons"/> against the pledge if the places allow it; false when they do not.</summary>
    public static async Task<bool> TryAcceptAsync(PassageDbContext db, Guid pledgeId, int persons, CancellationToken ct) =>
        await db.Database.ExecuteSqlAsync(
            $"UPDATE \"PledgeCounters\" SET \"Accepted\" = \"Accepted\" + {persons} WHERE \"PledgeId\" = {pledgeId} AND \"Accepted\" + {persons} <= \"Places\"",
            ct) == 1;

    public static async Task AddPlacesAsync(PassageDbContext db, Guid pledgeId, int places, CancellationToken ct)
    {
        var rows = await db.Database.ExecuteSqlAsync(
            $"UPDATE \"PledgeCounters\" SET \"Places\" = \"Places\" + {places} WHERE \"PledgeId\" = {pledgeId}", ct);
        if (rows != 1)
        {
            throw new InvalidOperationException($"Pledge {pledgeId} has no counter row.");
        }
    }
}
