using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Storage;

namespace Passage.Core.Screening;

/// <summary>The screening lists with their metrics, for the security officer. Audited as a search.</summary>
public sealed class ListScreeningLists(PassageDbContext db, Actor actor, AuditLog audit)
{
    public async Task<IReadOnlyList<ScreeningListView>> ExecuteAsync(CancellationToken ct = default)
    {
        if (!actor.Can(Permission.ScreenAgainstLists))
        {
            return [];
        }

        var lists = await db.ScreeningLists.AsNoTracking().OrderBy(l => l.Name).ToListAsync(ct);
        var entries = await db.ScreeningEntries.Where(e => e.RemovedAt == null).GroupBy(e => e.ListId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var hits = await db.ScreeningHits.GroupBy(h => new { h.ListId, h.Status }).Select(g => new { g.Key.ListId, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        await audit.RecordNowAsync(AuditAction.Searched, nameof(ScreeningList), "*", $"{lists.Count} shown", ct);
        return lists.Select(l =>
        {
            int Count(HitStatus? status) => hits.Where(h => h.ListId == l.Id && (status is null || h.Status == status)).Sum(h => h.Count);
            var adjudicated = Count(HitStatus.FalseMatch) + Count(HitStatus.PossibleTrueMatch);
            return new ScreeningListView(l.Id, l.Name, l.Source, l.Reference, l.ListDate, l.Revision, l.Threshold, l.ImportedAt,
                entries.GetValueOrDefault(l.Id), Count(null), adjudicated, Count(HitStatus.Pending),
                adjudicated == 0 ? null : (double)Count(HitStatus.FalseMatch) / adjudicated);
        }).ToList();
    }
}
