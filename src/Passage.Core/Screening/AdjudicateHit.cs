using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Screening;

/// <summary>
/// The security officer's finding on a hit: a false match (with the reason; the pair stays quiet until the entry changes) or a
/// possible true match, which puts the person's open case on hold. The hold's recorded reason names no list: whoever reads
/// the case sees only that it is on hold.
/// </summary>
public sealed class AdjudicateHit(PassageDbContext db, Actor actor, CaseFactsQuery facts, TimeProvider clock)
{
    public const string HoldReason = "Held for a security review.";

    public async Task<Result<ScreeningHit>> ExecuteAsync(long hitId, HitStatus? finding, string? reason, CancellationToken ct = default)
    {
        var hit = actor.Can(Permission.ScreenAgainstLists) ? await db.ScreeningHits.SingleOrDefaultAsync(h => h.Id == hitId, ct) : null;
        if (hit is null)
        {
            return Problem.NotFound("Hit");
        }

        if (finding is not (HitStatus.FalseMatch or HitStatus.PossibleTrueMatch))
        {
            return Problem.Invalid("Finding", "Choose false match or possible true match.");
        }

        var why = TextRules.Required(reason, "Reason", "Say why.");
        if (!why.Succeeded)
        {
            return why.Problem!;
        }

        var now = clock.GetUtcNow();
        if (hit.Adjudicate(finding.Value, why.Value, actor, now) is { } refusal)
        {
            return Problem.Refused(refusal);
        }

        if (finding == HitStatus.PossibleTrueMatch)
        {
            var caseId = await db.Persons.IgnoreQueryFilters().Where(p => p.Id == hit.PersonId).Select(p => p.CaseId).SingleAsync(ct);
            var @case = await db.Cases.SingleAsync(c => c.Id == caseId, ct);
            if (CaseStatuses.IsOpen(@case.Status) && @case.Status != CaseStatus.OnHold)
            {
                var held = @case.TryMove(CaseStatus.OnHold, HoldReason, await facts.ExecuteAsync(caseId, ct), actor, now);
                if (!held.Succeeded)
                {
                    return held.Problem!;
                }
            }
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problem.Conflict();
        }

        return hit;
    }
}
