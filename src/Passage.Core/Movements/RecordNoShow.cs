using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Pledges;
using Passage.Core.Storage;

namespace Passage.Core.Movements;

/// <summary>
/// Records, with the reason, that a booked passenger did not travel. When nobody of the case travels the booking is released,
/// its seats go back and the case returns to Cleared for rebooking; when another member has left, the family is flagged as
/// partly departed at once.
/// </summary>
public sealed class RecordNoShow(PassageDbContext db, MovementChanges changes, ReferralCaseMove cases, TimeProvider clock)
{
    public async Task<Result<Passenger>> ExecuteAsync(Guid movementId, Guid personId, string? reason, CancellationToken ct = default)
    {
        var loaded = await changes.LoadPassengerAsync(movementId, personId, Permission.ManageMovements, ct);
        if (!loaded.Succeeded)
        {
            return loaded.Problem!;
        }

        var why = TextRules.Required(reason, "Reason", "Say why the passenger did not travel.");
        if (!why.Succeeded)
        {
            return why.Problem!;
        }

        var (movement, booking, passenger) = loaded.Value;
        var now = clock.GetUtcNow();
        if (passenger.NoShow(why.Value) is { } refusal)
        {
            changes.Discard();
            return Problem.Refused(refusal);
        }

        booking.Recheck(now);
        await using var transaction = await db.Database.BeginOrNestTransactionAsync(ct);
        if (booking.NobodyTravels
            && await BookingEnd.TryReleaseAsync(
                db, cases, booking, $"Seats on {movement.Name} released; the case may be booked again", now, ct,
                noShow: $"Nobody of the case travelled on {movement.Name}: {why.Value}") is { } refused)
        {
            await transaction.RollbackAsync(ct);
            changes.Discard();
            return refused;
        }

        if (await changes.SaveAsync(movementId, ct) is { } conflict)
        {
            return conflict;
        }

        await transaction.CommitAsync(ct);
        return passenger;
    }
}
