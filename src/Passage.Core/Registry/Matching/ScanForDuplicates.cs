using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Storage;
using Passage.Matching.Scoring;

namespace Passage.Core.Registry.Matching;

/// <summary>
/// The batch run over the registry: every person is searched against the index and each pair scored possible or
/// match becomes an open review, unless the pair was reviewed before or found to be different people.
/// </summary>
public sealed class ScanForDuplicates(PassageDbContext db, Actor actor, RegistryIndex index, TimeProvider clock)
{
    private const int CandidatesPerPerson = 4;

    /// <summary>Returns how many new pairs were proposed.</summary>
    public async Task<Result<int>> ExecuteAsync(IProgress<int>? progress = null, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.WriteBiodata))
        {
            return Problem.NotFound("Registry");
        }

        var known = (await db.DuplicateReviews.AsNoTracking().Select(r => new { r.PersonA, r.PersonB }).ToListAsync(ct))
            .Select(r => (r.PersonA, r.PersonB))
            .Concat((await db.DistinctPersons.AsNoTracking().Select(d => new { d.PersonA, d.PersonB }).ToListAsync(ct)).Select(d => (d.PersonA, d.PersonB)))
            .ToHashSet();
        var now = clock.GetUtcNow();
        var proposed = 0;
        var scanned = 0;
        foreach (var person in await db.Persons.AsNoTracking().Include(p => p.Aliases).AsSplitQuery().ToListAsync(ct))
        {
            foreach (var match in index.Search(PersonMatchRecords.For(person), CandidatesPerPerson + 1))
            {
                var pair = DistinctPersons.Order(person.Id, match.PersonId);
                if (match.PersonId == person.Id || match.Result.Decision == MatchDecision.NonMatch || !known.Add(pair))
                {
                    continue;
                }

                db.DuplicateReviews.Add(DuplicateReview.Propose(pair.A, pair.B, match.Result, now));
                proposed++;
            }

            if (++scanned % 500 == 0)
            {
                progress?.Report(scanned);
            }
        }

        await db.SaveChangesAsync(ct);
        return proposed;
    }
}
