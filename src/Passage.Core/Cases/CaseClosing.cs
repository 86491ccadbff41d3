using Passage.Core.Accounts;
using Passage.Core.Movements;
using Passage.Core.Pledges;
using Passage.Core.Storage;

namespace Passage.Core.Cases;

/// <summary>
/// What a case gives up when it closes, whichever flow closes it: its referral's places go back to the pledge and its
/// booking's seats to the movement. Run inside the caller's transaction.
/// </summary>
internal static class CaseClosing
{
    /// <summary>The status a case closes from: where it was before a hold.</summary>
    public static CaseStatus ClosesFrom(Case @case) => @case.Status == CaseStatus.OnHold ? @case.HeldFrom ?? @case.Status : @case.Status;

    /// <summary>Ends the referral and the booking of a case that moved to the closed status <paramref name="to"/>; the movement whose seats came back, if any.</summary>
    public static async Task<Guid?> EndHoldingsAsync(PassageDbContext db, Guid caseId, CaseStatus closedFrom, CaseStatus to, DateTimeOffset now, CancellationToken ct)
    {
        await ReferralEnding.CaseClosedAsync(db, caseId, closedFrom, ct);
        return await BookingEnd.CaseLeftAsync(db, caseId, $"Case {CaseStatuses.Label(to)}", now, ct);
    }

    /// <summary>Saves, then refreshes the manifest of the movement that lost the case's seats.</summary>
    public static async Task SaveAsync(PassageDbContext db, Guid? released, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        if (released is { } movementId)
        {
            await Manifests.RefreshAsync(db, movementId, actor, now, ct);
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>Ends what the case held if <paramref name="to"/> is a closed status, then saves as <see cref="SaveAsync"/> does.</summary>
    public static async Task SaveClosedAsync(PassageDbContext db, Guid caseId, CaseStatus closedFrom, CaseStatus to, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        var released = CaseStatuses.Closed.Contains(to) ? await EndHoldingsAsync(db, caseId, closedFrom, to, now, ct) : null;
        await SaveAsync(db, released, actor, now, ct);
    }
}
