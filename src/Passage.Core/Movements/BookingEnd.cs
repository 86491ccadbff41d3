using Microsoft.EntityFrameworkCore;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Pledges;
using Passage.Core.Storage;

namespace Passage.Core.Movements;

/// <summary>What follows when a booking is released before anyone travelled: its seats go back and its case returns to Cleared.</summary>
internal static class BookingEnd
{
    /// <summary>
    /// Releases a booking before anyone travelled, gives back its seats and moves its case from Booked to Cleared; the refusal
    /// when someone travelled or the case cannot move. Run inside the caller's transaction, before its save.
    /// </summary>
    /// <param name="noShow">When nobody came: the reason, recorded as the case's No-show step before it returns to Cleared.</param>
    public static async Task<Problem?> TryReleaseAsync(
        PassageDbContext db, ReferralCaseMove cases, Booking booking, string reason, DateTimeOffset now, CancellationToken ct, string? noShow = null)
    {
        if (booking.Release(reason, now) is { } refusal)
        {
            return Problem.Refused(refusal);
        }

        await SeatCounters.ReleaseAsync(db, booking.MovementId, booking.Seats, ct);
        var @case = await db.Cases.SingleAsync(c => c.Id == booking.CaseId, ct);
        if (@case.Status != CaseStatus.Booked)
        {
            return null;
        }

        if (noShow is not null && await cases.MoveAsync(@case, CaseFlow.Movement, CaseStatus.NoShow, noShow, ct) is { } refused)
        {
            return refused;
        }

        return await cases.MoveAsync(@case, CaseFlow.Movement, CaseStatus.Cleared, reason, ct);
    }

    /// <summary>
    /// When a booked case closes or is put on hold by hand (left the camp, withdrawn, deceased), its booking is released and
    /// its seats go back; the case's own move is the caller's. Run inside the caller's transaction, before its save.
    /// </summary>
    /// <returns>The movement whose booking was released, whose manifest the caller refreshes after saving; null when none was.</returns>
    public static async Task<Guid?> CaseLeftAsync(PassageDbContext db, Guid caseId, string reason, DateTimeOffset now, CancellationToken ct)
    {
        var booking = await db.Bookings.Include(b => b.Passengers).SingleOrDefaultAsync(b => b.CaseId == caseId && b.Status == BookingStatus.Booked, ct);
        if (booking is null || booking.Release(reason, now) is not null)
        {
            return null;
        }

        await SeatCounters.ReleaseAsync(db, booking.MovementId, booking.Seats, ct);
        return booking.MovementId;
    }
}
