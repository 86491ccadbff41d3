using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Pledges;
using Passage.Core.Storage;

namespace Passage.Core.Movements;

/// <summary>
/// Cancels a planned or confirmed movement, with a reason: every booking on it is released, its seats go back, and each
/// booked case returns to Cleared for rebooking, all in one transaction.
/// </summary>
public sealed class CancelMovement(PassageDbContext db, MovementChanges changes, ReferralCaseMove cases, TimeProvider clock)
{
    public async Task<Result<Movement>> ExecuteAsync(Guid movementId, string? reason, CancellationToken ct = default)
    {
        var loaded = await changes.LoadAsync(movementId, Permission.ManageMovements, ct);
        if (!loaded.Succeeded)
        {
            return loaded.Problem!;
        }

        var why = TextRules.Required(reason, "Reason", "Say why the movement is cancelled.");
        if (!why.Succeeded)
        {
            return why.Problem!;
        }

        var movement = loaded.Value;
        var now = clock.GetUtcNow();
        if (movement.Cancel(why.Value, now) is { } refusal)
        {
            changes.Discard();
            return Problem.Refused(refusal);
        }

        await using var transaction = await db.Database.BeginOrNestTransactionAsync(ct);
        var bookings = await db.Bookings.Include(b => b.Passengers).Where(b => b.MovementId == movementId && b.Status == BookingStatus.Booked).ToListAsync(ct);
        foreach (var booking in bookings)
        {
            var reasonForCase = $"Movement {movement.Name} cancelled: {why.Value}";
            if (await BookingEnd.TryReleaseAsync(db, cases, booking, reasonForCase, now, ct) is { } refused)
            {
                await transaction.RollbackAsync(ct);
                changes.Discard();
                return refused;
            }
        }

        if (await changes.SaveAsync(movementId, ct) is { } conflict)
        {
            return conflict;
        }

        await transaction.CommitAsync(ct);
        return movement;
    }
}
