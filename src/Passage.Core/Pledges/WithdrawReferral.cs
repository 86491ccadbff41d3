using Passage.Core.Accounts;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Pledges;

/// <summary>
/// Withdraws a case's referral, with a reason, before departure: the case goes back to Interviewed, where its membership
/// may change and it may be referred again, and the places it was accepted for return to the pledge. The only way a
/// submitted case's membership opens again.
/// </summary>
public sealed class WithdrawReferral(PassageDbContext db, ReferralCaseMove cases)
{
    public async Task<Result<Referral>> ExecuteAsync(Guid referralId, string? reason, CancellationToken ct = default)
    {
        var loaded = await cases.LoadAsync(referralId, Permission.WritePledges, ct);
        if (!loaded.Succeeded)
        {
            return loaded.Problem!;
        }

        var (referral, @case) = loaded.Value;
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Problem.Invalid("Reason", "Say why the referral is withdrawn.");
        }

        if (@case.Status == CaseStatus.OnHold)
        {
            return Problem.Refused("The case is on hold; release it before withdrawing its referral.");
        }

        await using var transaction = await db.Database.BeginOrNestTransactionAsync(ct);
        if (await ReferralEnding.WithdrawAsync(db, referral, ct) is { } refusal)
        {
            cases.Discard();
            return Problem.Refused(refusal);
        }

        if (await cases.MoveAsync(@case, CaseFlow.ReferralWithdrawal, CaseStatus.Interviewed, $"Referral to {referral.CountryCode} withdrawn: {reason.Trim()}", ct) is { } refused)
        {
            return refused;
        }

        if (await cases.SaveAsync(ct) is { } conflict)
        {
            return conflict;
        }

        await transaction.CommitAsync(ct);
        return referral;
    }
}
