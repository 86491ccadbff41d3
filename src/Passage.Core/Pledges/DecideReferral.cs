using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Pledges;

/// <summary>
/// Records the receiving country's decision on a submitted referral. An acceptance moves the case to Accepted and counts its
/// persons against the pledge in the same transaction, by one conditional update that the database refuses to run past the
/// places — so concurrent acceptances can never over-accept a pledge. A rejection moves the case to Rejected, from where it
/// can be referred again. A country that reverses its acceptance before the case is booked rejects it the same way, and
/// the places it was accepted for return to the pledge in the same transaction. A request for more information changes
/// no case status.
/// </summary>
public sealed class DecideReferral(PassageDbContext db, Actor actor, ReferralCaseMove cases, AuditLog audit, TimeProvider clock)
{
    public async Task<Result<ReferralDecision>> ExecuteAsync(Guid referralId, DecisionOutcome outcome, DateOnly decidedOn, string? reason, CancellationToken ct = default)
    {
        var loaded = await cases.LoadAsync(referralId, Permission.DecideReferrals, ct);
        if (!loaded.Succeeded || !PledgeAccess.MayDecide(actor, loaded.Value.Referral.CountryCode))
        {
            return Problem.NotFound(nameof(Referral));
        }

        var (referral, @case) = loaded.Value;
        var now = clock.GetUtcNow();
        if (!Enum.IsDefined(outcome))
        {
            return Problem.Invalid("Outcome", "Record accepted, rejected or more information requested.");
        }

        var why = TextRules.Required(reason, "Reason", "Give the reason the country gave for its decision.");
        if (!why.Succeeded)
        {
            return why.Problem!;
        }

        if (OperationDates.PastProblem(decidedOn, DateOnly.FromDateTime(now.UtcDateTime), "DecidedOn", "The decision date cannot be in the future.") is { } badDate)
        {
            return badDate;
        }

        reason = why.Value;

        var wasAccepted = referral.Status == ReferralStatus.Accepted;
        var (decision, refusal) = referral.Decide(outcome, decidedOn, reason, actor, now);
        if (refusal is not null)
        {
            cases.Discard();
            return Problem.Refused(refusal);
        }

        var to = outcome switch
        {
            DecisionOutcome.Accepted => CaseStatus.Accepted,
            DecisionOutcome.Rejected => CaseStatus.Rejected,
            _ => (CaseStatus?)null,
        };
        if (to is { } status && await cases.MoveAsync(@case, CaseFlow.CountryDecision, status, $"{referral.CountryCode}: {reason}", ct) is { } refused)
        {
            return refused;
        }

        if (outcome != DecisionOutcome.Accepted && !wasAccepted)
        {
            return await cases.SaveAsync(ct) is { } conflict ? conflict : decision!;
        }

        await using var transaction = await db.Database.BeginOrNestTransactionAsync(ct);
        if (wasAccepted)
        {
            await PledgeCounters.ReleaseAsync(db, referral.PledgeId, referral.Persons, ct);
            if (await cases.SaveAsync(ct) is { } reversalConflict)
            {
                return reversalConflict;
            }

            await transaction.CommitAsync(ct);
            return decision!;
        }

        if (!await PledgeCounters.TryAcceptAsync(db, referral.PledgeId, referral.Persons, ct))
        {
            await transaction.RollbackAsync(ct);
            cases.Discard();
            await audit.RecordNowAsync(AuditAction.Refused, nameof(Referral), referral.Id.ToString(), "acceptance refused: pledge full", ct);
            var counter = await db.PledgeCounters.AsNoTracking().SingleAsync(c => c.PledgeId == referral.PledgeId, ct);
            return Problem.Refused(
                $"The {referral.CountryCode} pledge has {counter.Places - counter.Accepted} places left; this case has {referral.Persons} persons. A pledge is never over-accepted: the country must raise its pledge first.");
        }

        if (await cases.SaveAsync(ct) is { } saveConflict)
        {
            return saveConflict;
        }

        await transaction.CommitAsync(ct);
        return decision!;
    }
}
