using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Movements;

/// <summary>
/// Changes a planned or confirmed movement. Its seats and places change by one conditional update that the database refuses
/// when fewer would remain than are booked; its country does not change while cases are booked on it.
/// </summary>
public sealed class EditMovement(PassageDbContext db, MovementChanges changes, TimeProvider clock)
{
    public async Task<Result<Movement>> ExecuteAsync(Guid movementId, MovementDetails details, long expectedVersion, CancellationToken ct = default)
    {
        var loaded = await changes.LoadAsync(movementId, Permission.ManageMovements, ct);
        if (!loaded.Succeeded)
        {
            return loaded.Problem!;
        }

        var movement = loaded.Value;
        if (movement.Version != expectedVersion)
        {
            return Problem.Conflict();
        }

        var now = clock.GetUtcNow();
        var valid = ValidMovementDetails.Validate(details, DateOnly.FromDateTime(now.UtcDateTime));
        if (!valid.Succeeded)
        {
            return valid.Problem!;
        }

        var booked = await db.Bookings.AnyAsync(b => b.MovementId == movementId && b.Status == BookingStatus.Booked, ct);
        if (movement.Edit(valid.Value, booked, now) is { } refusal)
        {
            changes.Discard();
            return Problem.Refused(refusal);
        }

        await using var transaction = await db.Database.BeginOrNestTransactionAsync(ct);
        if (!await SeatCounters.TryResizeAsync(db, movementId, movement.Seats, movement.EscortPlaces, movement.WheelchairPlaces, ct))
        {
            await transaction.RollbackAsync(ct);
            changes.Discard();
            var seats = await db.MovementSeats.AsNoTracking().SingleAsync(s => s.MovementId == movementId, ct);
            return Problem.Refused(
                $"{seats.Booked} seat(s), {seats.EscortsBooked} medical-escort and {seats.WheelchairsBooked} wheelchair place(s) are booked; a movement is never made smaller than its bookings.");
        }

        if (await changes.SaveAsync(movementId, ct) is { } conflict)
        {
            return conflict;
        }

        await transaction.CommitAsync(ct);
        return movement;
    }
}
