using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Pledges;
using Passage.Core.Storage;

namespace Passage.Core.Movements;

/// <summary>
/// Books a cleared case, whole, onto an open movement to the country that accepted it. Its persons, and of them those who
/// need a medical escort or a wheelchair, are counted against the movement's limits by one conditional update that the
/// database refuses to run past them — so bookings made at once never overbook a movement. The case moves to Booked in the
/// same transaction.
/// </summary>
public sealed class BookCase(PassageDbContext db, Actor actor, MovementChanges changes, ReferralCaseMove cases, AuditLog audit, TimeProvider clock)
{
    public async Task<Result<Booking>> ExecuteAsync(Guid movementId, Guid caseId, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginOrNestTransactionAsync(ct);
        var booked = await BookWithinAsync(movementId, caseId, ct);
        if (!booked.Succeeded)
        {
            await transaction.RollbackAsync(ct);
            changes.Discard();
            if (booked.Problem!.Kind == ProblemKind.Refused)
            {
                await audit.RecordNowAsync(AuditAction.Refused, nameof(Movement), movementId.ToString(), "booking refused", ct);
            }

            return booked;
        }

        if (await changes.SaveAsync(movementId, ct) is { } conflict)
        {
            return conflict;
        }

        await transaction.CommitAsync(ct);
        return booked;
    }

    /// <summary>
    /// Books the case within the caller's transaction and leaves the booking unsaved, for the caller to save with
    /// <see cref="MovementChanges.SaveAsync"/>; on a problem the caller rolls back, since seats may have been counted.
    /// </summary>
    internal async Task<Result<Booking>> BookWithinAsync(Guid movementId, Guid caseId, CancellationToken ct)
    {
        var loaded = await changes.LoadAsync(movementId, Permission.ManageMovements, ct);
        if (!loaded.Succeeded)
        {
            return loaded.Problem!;
        }

        var movement = loaded.Value;
        var @case = await db.Cases.SingleOrDefaultAsync(c => c.Id == caseId, ct);
        if (@case is null)
        {
            return Problem.NotFound(nameof(Case));
        }

        var now = clock.GetUtcNow();
        if (await RefusalAsync(movement, @case, now, ct) is { } refusal)
        {
            return Problem.Refused(refusal);
        }

        var members = (await db.Persons.AsNoTracking().Where(p => p.CaseId == caseId)
                .Select(p => new { p.Id, p.RegistrationNumber, Needs = p.Needs.Select(n => n.Code).ToList() }).ToListAsync(ct))
            .Select(p => (p.Id, p.RegistrationNumber, PassengerStatuses.From(p.Needs)))
            .OrderBy(p => p.RegistrationNumber, StringComparer.Ordinal)
            .ToList();
        var booking = Booking.Make(movement, caseId, @case.CaseNumber, members, actor, now);
        if (await cases.MoveAsync(@case, CaseFlow.Movement, CaseStatus.Booked, $"Booked on {movement.Name}, {movement.DepartsAt:yyyy-MM-dd HH:mm} UTC", ct) is { } moveRefused)
        {
            return moveRefused;
        }

        if (!await SeatCounters.TryBookAsync(db, movementId, booking.Seats, ct))
        {
            return Problem.Refused(await SeatCounters.WhyNotAsync(db, movementId, booking.Seats, ct));
        }

        db.Bookings.Add(booking);
        return booking;
    }

    /// <summary>Why the case may not be booked on the movement, beyond its lifecycle and the seats; null when it may.</summary>
    internal async Task<string?> RefusalAsync(Movement movement, Case @case, DateTimeOffset now, CancellationToken ct)
    {
        if (!movement.IsOpen)
        {
            return $"The movement is {MovementStatuses.Label(movement.Status)}; cases are booked only on a planned or confirmed movement.";
        }

        if (movement.DepartsAt <= now)
        {
            return "The movement's departure time has passed; cases are booked only on a movement still to leave.";
        }

        var booked = await db.Bookings.AsNoTracking().Where(b => b.CaseId == @case.Id && b.Status == BookingStatus.Booked)
            .Join(db.Movements, b => b.MovementId, m => m.Id, (b, m) => m).FirstOrDefaultAsync(ct);
        if (booked is not null)
        {
            return $"Case {@case.CaseNumber} is booked already, on {booked.Name} of {booked.DepartsAt:yyyy-MM-dd}.";
        }

        var referral = await db.Referrals.AsNoTracking().Where(Referral.Active).SingleOrDefaultAsync(r => r.CaseId == @case.Id, ct);
        if (referral?.Status != ReferralStatus.Accepted)
        {
            return $"Case {@case.CaseNumber} has no acceptance by a receiving country; a case is booked once accepted and cleared.";
        }

        return referral.CountryCode != movement.CountryCode
            ? $"Case {@case.CaseNumber} was accepted by {referral.CountryCode}; this movement goes to {movement.CountryCode}."
            : null;
    }
}
