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

    /// <summary>Gives <paramref name="persons"/> accepted places back to the pledge, when an accepted case will not use them.</summary>
    public static async Task ReleaseAsync(PassageDbContext db, Guid pledgeId, int persons, CancellationToken ct)
    {
        var rows = await db.Database.ExecuteSqlAsync(
            $"UPDATE \"PledgeCounters\" SET \"Accepted\" = \"Accepted\" - {persons} WHERE \"PledgeId\" = {pledgeId} AND \"Accepted\" >= {persons}", ct);
        if (rows != 1)
        {
            throw new InvalidOperationException($"Pledge {pledgeId} has no counter row, or fewer persons accepted than released.");
        }
    }

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
