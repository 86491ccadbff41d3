using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Registry.Matching;

/// <summary>
/// A reviewer's decision on a proposed pair. <em>Separate</em> remembers them as different people. <em>Merge</em> keeps
/// <paramref name="keep"/> and marks the other record as merged into it: the merged record keeps its history and audit,
/// leaves its case's member list (recorded in the case history) and every list, count and search. Its names that the
/// kept person is not known by become aliases of the kept person, in the same save, so both are audited with the merge.
/// </summary>
public sealed class DecideDuplicate(PassageDbContext db, Actor actor, RegistryIndex index, TimeProvider clock)
{
    public async Task<Result<DuplicateReview>> ExecuteAsync(long reviewId, bool merge, Guid? keep, string? reason, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.WriteBiodata))
        {
            return Problem.NotFound("Review");
        }

        var review = await db.DuplicateReviews.SingleOrDefaultAsync(r => r.Id == reviewId, ct);
        if (review is null)
        {
            return Problem.NotFound("Review");
        }

        if (review.Status != DuplicateReviewStatus.Open)
        {
            return Problem.Refused($"This pair was decided already ({review.Status}).");
        }

        var why = TextRules.Required(reason, "Reason", "Say why.");
        if (!why.Succeeded)
        {
            return why.Problem!;
        }

        reason = why.Value;

        var now = clock.GetUtcNow();
        if (!merge)
        {
            review.Decide(DuplicateReviewStatus.Separated, reason, actor, now);
            db.DistinctPersons.Add(DistinctPersons.Record(review.PersonA, review.PersonB, reason, actor, now));
            await db.SaveChangesAsync(ct);
            return review;
        }

        if (keep != review.PersonA && keep != review.PersonB)
        {
            return Problem.Invalid("Keep", "Choose which of the two records stays.");
        }

        var survivorId = keep!.Value;
        var mergedId = survivorId == review.PersonA ? review.PersonB : review.PersonA;
        var survivor = await db.Persons.Include(p => p.Aliases).Include(p => p.SearchKeys).AsSplitQuery().SingleOrDefaultAsync(p => p.Id == survivorId, ct);
        var merged = await db.Persons.Include(p => p.Aliases).AsSplitQuery().SingleOrDefaultAsync(p => p.Id == mergedId, ct);
        if (survivor is null || merged is null)
        {
            return Problem.Refused("One of the two records was merged into another already.");
        }

        var mergedCase = await db.Cases.SingleAsync(c => c.Id == merged.CaseId, ct);
        mergedCase.RecordMembership(merged.RegistrationNumber, joined: false, $"Merged into {survivor.RegistrationNumber} as a duplicate: {reason}", actor, now);
        merged.MergeInto(survivor.Id, now);
        survivor.TakeNamesOf(merged, now);
        review.Decide(DuplicateReviewStatus.Merged, reason, actor, now);
        await db.SaveChangesAsync(ct);
        index.Remove(merged.Id);
        index.Update(survivor);
        return review;
    }
}
