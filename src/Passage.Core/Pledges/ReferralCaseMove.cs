using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Pledges;

/// <summary>
/// Loads a referral the actor may see, with its case, and moves the case through the lifecycle, so that referral steps
/// and case history stay one. Shared by the referral use cases.
/// </summary>
public sealed class ReferralCaseMove(PassageDbContext db, Actor actor, CaseFactsQuery facts, TimeProvider clock)
{
    /// <summary>The referral (tracked, with decisions and clearances) and its case, or not found.</summary>
    /// <param name="permission">What the actor must hold; without it the referral is "not found".</param>
    public async Task<Result<(Referral Referral, Case Case)>> LoadAsync(Guid referralId, Permission permission, CancellationToken ct)
    {
        if (!actor.Can(permission))
        {
            return Problem.NotFound(nameof(Referral));
        }

        var referral = await PledgeAccess.Visible(db.Referrals, actor).AsSplitQuery()
            .Include(r => r.Decisions).Include(r => r.Clearances)
            .SingleOrDefaultAsync(r => r.Id == referralId, ct);
        if (referral is null)
        {
            return Problem.NotFound(nameof(Referral));
        }

        var @case = await db.Cases.SingleAsync(c => c.Id == referral.CaseId, ct);
        return (referral, @case);
    }

    /// <summary>Moves the case through <paramref name="flow"/>; the lifecycle's refusal when it says no, after discarding every unsaved change.</summary>
    public async Task<Problem?> MoveAsync(Case @case, CaseFlow flow, CaseStatus to, string reason, CancellationToken ct)
    {
        var moved = @case.TryMoveThrough(flow, to, reason, await facts.ExecuteAsync(@case.Id, ct), actor, clock.GetUtcNow());
        if (moved.Succeeded)
        {
            return null;
        }

        Discard();
        return moved.Problem;
    }

    /// <summary>Forgets the unsaved changes of a refused step, so a refusal changes nothing.</summary>
    public void Discard() => db.ChangeTracker.Clear();

    /// <summary>Saves, turning a concurrent change into the "changed by someone else" problem.</summary>
    public async Task<Problem?> SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problem.Conflict();
        }
    }
}
