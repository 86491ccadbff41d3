using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Screening;

/// <summary>A screening list to choose from, by name: the lists a newer version can be imported into.</summary>
public sealed record ScreeningListChoice(Guid Id, string Name);

/// <summary>The screening lists with their metrics, by name, one page at a time, for the security officer. Audited as a search.</summary>
public sealed class ListScreeningLists(PassageDbContext db, Actor actor, AuditLog audit)
{
    public async Task<Result<Page<ScreeningListView>>> ExecuteAsync(int? page = null, int? pageSize = null, CancellationToken ct = default)
    {
        var paging = Paging.Check(page, pageSize);
        if (!paging.Succeeded)
        {
            return paging.Problem!;
        }

        var (number, size) = paging.Value;
        if (!actor.Can(Permission.ScreenAgainstLists))
        {
            return new Page<ScreeningListView>([], number, size, 0);
        }

        var lists = await db.ScreeningLists.AsNoTracking().OrderBy(l => l.Name).ThenBy(l => l.Id).Skip((number - 1) * size).Take(size).ToListAsync(ct);
        var total = await db.ScreeningLists.CountAsync(ct);
        var ids = lists.Select(l => l.Id).ToList();
        var entries = await db.ScreeningEntries.Where(e => e.RemovedAt == null && ids.Contains(e.ListId)).GroupBy(e => e.ListId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var hits = await db.ScreeningHits.Where(h => ids.Contains(h.ListId)).GroupBy(h => new { h.ListId, h.Status })
            .Select(g => new { g.Key.ListId, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        await audit.RecordNowAsync(AuditAction.Searched, nameof(ScreeningList), "*", $"{lists.Count} shown", ct);
        return new Page<ScreeningListView>(lists.Select(l =>
        {
            int Count(HitStatus? status) => hits.Where(h => h.ListId == l.Id && (status is null || h.Status == status)).Sum(h => h.Count);
            var adjudicated = Count(HitStatus.FalseMatch) + Count(HitStatus.PossibleTrueMatch);
            return new ScreeningListView(l.Id, l.Name, l.Source, l.Reference, l.ListDate, l.Revision, l.Threshold, l.ImportedAt,
                entries.GetValueOrDefault(l.Id), Count(null), adjudicated, Count(HitStatus.Pending),
                adjudicated == 0 ? null : (double)Count(HitStatus.FalseMatch) / adjudicated);
        }).ToList(), number, size, total);
    }

    /// <summary>Every list's name, for choosing the list a newer version belongs to; none for whoever may not screen.</summary>
    public async Task<IReadOnlyList<ScreeningListChoice>> ChoicesAsync(CancellationToken ct = default) =>
        actor.Can(Permission.ScreenAgainstLists)
            ? await db.ScreeningLists.AsNoTracking().OrderBy(l => l.Name).ThenBy(l => l.Id).Select(l => new ScreeningListChoice(l.Id, l.Name)).ToListAsync(ct)
            : [];
}
