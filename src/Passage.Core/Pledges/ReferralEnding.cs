using Microsoft.EntityFrameworkCore;
using Passage.Core.Cases;
using Passage.Core.Storage;

namespace Passage.Core.Pledges;

/// <summary>
/// Ends a case's active referral when the case will not travel under it: the places it was accepted for go back to the
/// pledge. Run inside the caller's transaction, before its save.
/// </summary>
internal static class ReferralEnding
{
    /// <summary>The case's active referral, tracked; null when it has none.</summary>
    public static Task<Referral?> ActiveAsync(PassageDbContext db, Guid caseId, CancellationToken ct) =>
        db.Referrals.Where(Referral.Active).SingleOrDefaultAsync(r => r.CaseId == caseId, ct);

    /// <summary>Withdraws the referral and gives back its accepted places; the reason when it is not active.</summary>
    public static async Task<string?> WithdrawAsync(PassageDbContext db, Referral referral, CancellationToken ct)
    {
        var counted = referral.Status == ReferralStatus.Accepted;
        if (referral.Withdraw() is { } refusal)
        {
            return refusal;
        }

        if (counted)
        {
            await PledgeCounters.ReleaseAsync(db, referral.PledgeId, referral.Persons, ct);
        }

        return null;
    }

    /// <summary>
    /// When a case closes (withdrawn, left the camp, deceased) before departure, its referral ends with it and its
    /// places return to the pledge. A case that departed used its places.
    /// </summary>
    public static async Task CaseClosedAsync(PassageDbContext db, Guid caseId, CaseStatus closedFrom, CancellationToken ct)
    {
        if (closedFrom == CaseStatus.Departed || await ActiveAsync(db, caseId, ct) is not { } referral)
        {
            return;
        }

        await WithdrawAsync(db, referral, ct);
    }
}
