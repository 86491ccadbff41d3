using Microsoft.EntityFrameworkCore;
using Passage.Core.Registry;
using Passage.Core.Registry.Matching;
using Passage.Core.Storage;

namespace Passage.Core.Screening;

/// <summary>How many persons a pass screened against how many entries, and how many new hits it found.</summary>
public sealed record ScreeningOutcome(int Persons, int Entries, int NewHits);

/// <summary>
/// Screens persons against the current entries of lists and stores the hits not seen before. A pair (entry, person) is
/// proposed once per version of the entry: a hit adjudicated as a false match stays quiet until the entry changes.
/// Persons are read in batches and each batch is screened in parallel (<see cref="ListScreener"/> is safe for it).
/// </summary>
internal static class ScreeningPass
{
    private const int Chunk = 2000;

    public static async Task<ScreeningOutcome> RunAsync(
        PassageDbContext db, IQueryable<Person> persons, IReadOnlyList<Guid> listIds, DateTimeOffset now, CancellationToken ct, IProgress<string>? progress = null)
    {
        var thresholds = await db.ScreeningLists.AsNoTracking().Where(l => listIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => l.Threshold, ct);
        var entries = await db.ScreeningEntries.AsNoTracking().Where(e => listIds.Contains(e.ListId) && e.RemovedAt == null).ToListAsync(ct);
        var screener = ListScreener.For(entries, thresholds);
        var screened = 0;
        var found = 0;
        var ids = await persons.OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(ct);
        foreach (var chunk in ids.Chunk(Chunk))
        {
            var batch = await db.Persons.AsNoTracking().Include(p => p.Aliases).AsSplitQuery().Where(p => chunk.Contains(p.Id)).ToListAsync(ct);
            // The persons of a batch are screened on every processor; the hits keep the batch's order, so a pass stores
            // the same hits in the same order however the work was shared.
            var hits = batch.AsParallel().AsOrdered().WithCancellation(ct)
                .SelectMany(p => screener.Screen(p).Select(h => (Person: p.Id, h.Entry, h.Result))).ToList();
            screened += batch.Count;
            if (hits.Count == 0)
            {
                progress?.Report($"Screened {screened:N0} of {ids.Count:N0} persons: {found:N0} new hits.");
                continue;
            }

            var entryIds = hits.Select(h => h.Entry.Id).Distinct().ToList();
            var known = (await db.ScreeningHits.AsNoTracking()
                    .Where(h => chunk.Contains(h.PersonId) && entryIds.Contains(h.EntryId))
                    .Select(h => new { h.EntryId, h.PersonId, h.EntryFingerprint })
                    .ToListAsync(ct))
                .Select(h => (h.EntryId, h.PersonId, h.EntryFingerprint))
                .ToHashSet();
            foreach (var (person, entry, result) in hits.Where(h => !known.Contains((h.Entry.Id, h.Person, h.Entry.Fingerprint))))
            {
                db.ScreeningHits.Add(ScreeningHit.Found(entry, person, result.Probability, MatchExplanation.Text(result), now));
                found++;
            }

            await db.SaveChangesAsync(ct);
            progress?.Report($"Screened {screened:N0} of {ids.Count:N0} persons: {found:N0} new hits.");
        }

        return new ScreeningOutcome(screened, screener.Entries, found);
    }
}
