using Microsoft.EntityFrameworkCore;
using Passage.Core.Pledges;
using Passage.Core.Storage;

namespace Passage.Core.Cases;

/// <summary>
/// The rules every change of a case's members follows (registration into a case, a move between cases): a submitted
/// case's membership is frozen, and the persons of the case's referral always equal its members.
/// </summary>
internal static class CaseMembership
{
    /// <summary>Why nobody may join or leave <paramref name="case"/> now; null when they may.</summary>
    public static string? Frozen(Case @case) =>
        CaseStatuses.MembershipFrozen(@case.Status, @case.HeldFrom)
            ? $"Case {@case.CaseNumber} is {CaseStatuses.Label(@case.Status)}; from the referral's submission on nobody joins or leaves it. Withdraw the referral first, with a reason."
            : null;

    /// <summary>
    /// Counts the persons of the case's active referral again after <paramref name="change"/> persons joined (positive) or
    /// left (negative) in changes not saved yet.
    /// </summary>
    public static async Task RecountReferralAsync(PassageDbContext db, Guid caseId, int change, CancellationToken ct)
    {
        if (await ReferralEnding.ActiveAsync(db, caseId, ct) is not { } referral)
        {
            return;
        }

        referral.Recount(await db.Persons.CountAsync(p => p.CaseId == caseId, ct) + change);
    }
}
