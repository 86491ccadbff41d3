using Passage.Core.Accounts;
using Passage.Core.Movements;
using Passage.Core.Pledges;
using Passage.Core.Storage;

namespace Passage.Core.Cases;

/// <summary>What a case's closing ends beside it: its referral and its booking (the seat goes back, the manifest is refreshed).</summary>
internal static class CaseClosing
{
    /// <summary>Ends the case's referral and booking after it moved from <paramref name="closedFrom"/> to the closed <paramref name="to"/>; saves.</summary>
    public static async Task SaveClosedAsync(PassageDbContext db, Guid caseId, CaseStatus closedFrom, CaseStatus to, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        Guid? released = null;
        if (CaseStatuses.Closed.Contains(to))
        {
            await ReferralEnding.CaseClosedAsync(db, caseId, closedFrom, ct);
            released = await BookingEnd.CaseLeftAsync(db, caseId, $"Case {CaseStatuses.Label(to)}", now, ct);
        }

        await db.SaveChangesAsync(ct);
        if (released is { } movementId)
        {
            await Manifests.RefreshAsync(db, movementId, actor, now, ct);
            await db.SaveChangesAsync(ct);
        }
    }
}
