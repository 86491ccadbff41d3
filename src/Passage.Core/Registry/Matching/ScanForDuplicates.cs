using Microsoft.EntityFrameworkCore;
using Passage.Core.Operations;
using Passage.Core.Storage;
using Passage.Matching.Scoring;

namespace Passage.Core.Registry.Matching;

/// <summary>
/// The batch run over the registry, done by the background worker for a scan that <see cref="StartDuplicateScan"/>
/// authorised and queued: every person is searched against the index and each pair scored possible or match becomes
/// an open review, unless the pair was reviewed before or found to be different people. Proposed pairs and progress
/// are saved every <see cref="BatchSize"/> persons, so the status page shows how far it got.
/// </summary>
public sealed class ScanForDuplicates(PassageDbContext db, RegistryIndex index, TimeProvider clock)
{
    public const int BatchSize = 500;
    private const int CandidatesPerPerson = 4;

    /// <summary>
    /// Runs the scan <paramref name="scanId"/> to its end and records how it ended; returns the scan. A failure is recorded on
    /// the scan and thrown on for the caller to log; a cancellation marks the scan interrupted.
    /// </summary>
    public async Task<DuplicateScanView> ExecuteAsync(long scanId, CancellationToken ct = default)
    {
        try
        {
            return await RunAsync(scanId, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return await FinishAsync(scanId, scan => scan.Interrupt(clock.GetUtcNow()));
        }
        catch (Exception ex)
        {
            await FinishAsync(scanId, scan => scan.Fail($"The scan stopped with an error ({ex.GetType().Name}); the server log has the details of scan {scanId}.", clock.GetUtcNow()));
            throw;
        }
    }

    private async Task<DuplicateScanView> RunAsync(long scanId, CancellationToken ct)
    {
        var scan = await db.DuplicateScans.SingleAsync(s => s.Id == scanId, ct);
        var persons = await db.Persons.AsNoTracking().Include(p => p.Aliases).AsSplitQuery().ToListAsync(ct);
        scan.Run(persons.Count);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();

        var known = (await db.DuplicateReviews.AsNoTracking().Select(r => new { r.PersonA, r.PersonB }).ToListAsync(ct))
            .Select(r => (r.PersonA, r.PersonB))
            .Concat((await db.DistinctPersons.AsNoTracking().Select(d => new { d.PersonA, d.PersonB }).ToListAsync(ct)).Select(d => (d.PersonA, d.PersonB)))
            .ToHashSet();
        var proposed = 0;
        var searched = 0;
        foreach (var person in persons)
        {
            ct.ThrowIfCancellationRequested();
            foreach (var match in index.FindSamePerson(PersonMatchRecords.For(person), CandidatesPerPerson + 1))
            {
                var pair = DistinctPersons.Order(person.Id, match.PersonId);
                if (match.PersonId == person.Id || match.Result.Decision == MatchDecision.NonMatch || !known.Add(pair))
                {
                    continue;
                }

                db.DuplicateReviews.Add(DuplicateReview.Propose(pair.A, pair.B, match.Result, clock.GetUtcNow()));
                proposed++;
            }

            PassageMetrics.DuplicateScanPersonsSearched.Add(1);
            if (++searched % BatchSize == 0)
            {
                await SaveProgressAsync(scanId, searched, proposed, ct);
            }
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        await RescoreOpenAsync(persons, ct);
        return await FinishAsync(scanId, s => s.Complete(searched, proposed, clock.GetUtcNow()));
    }

    /// <summary>The pairs still waiting get the score they have now, so that none keeps a likelihood from older records or an older engine.</summary>
    private async Task RescoreOpenAsync(List<Person> persons, CancellationToken ct)
    {
        var byId = persons.ToDictionary(p => p.Id);
        var open = await db.DuplicateReviews.Where(r => r.Status == DuplicateReviewStatus.Open).ToListAsync(ct);
        foreach (var review in open.Where(r => byId.ContainsKey(r.PersonA) && byId.ContainsKey(r.PersonB)))
        {
            review.Rescore(index.ScorePair(byId[review.PersonA], byId[review.PersonB]));
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>Counts only, written past the change tracker: progress is not a change anyone needs audited.</summary>
    private async Task SaveProgressAsync(long scanId, int searched, int proposed, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        await db.DuplicateScans.Where(s => s.Id == scanId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.PersonsSearched, searched).SetProperty(x => x.PairsProposed, proposed), ct);
    }

    private async Task<DuplicateScanView> FinishAsync(long scanId, Action<DuplicateScan> finish)
    {
        db.ChangeTracker.Clear();
        var scan = await db.DuplicateScans.SingleAsync(s => s.Id == scanId, CancellationToken.None);
        finish(scan);
        await db.SaveChangesAsync(CancellationToken.None);
        return DuplicateScanView.From(scan);
    }
}
