using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Movements;

/// <summary>
/// Loads what the movement use cases act on and saves their changes: in one transaction with the seat counters, and with a
/// new manifest version when the passengers changed after a manifest was issued.
/// </summary>
public sealed class MovementChanges(PassageDbContext db, Actor actor, TimeProvider clock)
{
    /// <summary>The movement (tracked) if the actor holds <paramref name="permission"/> and may see it; otherwise not found.</summary>
    public async Task<Result<Movement>> LoadAsync(Guid movementId, Permission permission, CancellationToken ct)
    {
        if (!actor.Can(permission))
        {
            return Problem.NotFound(nameof(Movement));
        }

        var movement = await MovementAccess.Visible(db.Movements, actor).SingleOrDefaultAsync(m => m.Id == movementId, ct);
        return movement is null ? Problem.NotFound(nameof(Movement)) : movement;
    }

    /// <summary>The movement, the booking of <paramref name="personId"/>'s case on it and the person's passenger entry, tracked; or not found.</summary>
    public async Task<Result<(Movement Movement, Booking Booking, Passenger Passenger)>> LoadPassengerAsync(
        Guid movementId, Guid personId, Permission permission, CancellationToken ct)
    {
        var movement = await LoadAsync(movementId, permission, ct);
        if (!movement.Succeeded)
        {
            return movement.Problem!;
        }

        var booking = await db.Bookings.Include(b => b.Passengers)
            .Where(b => b.MovementId == movementId && b.Status != BookingStatus.Released && b.Passengers.Any(p => p.PersonId == personId))
            .SingleOrDefaultAsync(ct);
        return booking is null ? Problem.NotFound(nameof(Passenger)) : (movement.Value, booking, booking.Passengers.Single(p => p.PersonId == personId));
    }

    /// <summary>
    /// Saves, in a transaction of its own or a savepoint in the caller's, and issues the next manifest version when the manifest was
    /// issued before and its lines changed. A concurrent change of the same records is the "changed by someone else" problem.
    /// </summary>
    public async Task<Problem?> SaveAsync(Guid movementId, CancellationToken ct)
    {
        // A savepoint inside the caller's transaction: a conflict undoes this step's own writes and leaves the caller's.
        await using var transaction = await db.Database.BeginOrNestTransactionAsync(ct);
        try
        {
            await db.SaveChangesAsync(ct);
            await Manifests.RefreshAsync(db, movementId, actor, clock.GetUtcNow(), ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Problem.Conflict();
        }
    }

    /// <summary>Forgets the unsaved changes of a refused step, so a refusal changes nothing.</summary>
    public void Discard() => db.ChangeTracker.Clear();
}
