using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Movements;

/// <summary>Records a flight or convoy to a receiving country, with the seat counter its bookings are checked against.</summary>
public sealed class PlanMovement(PassageDbContext db, Actor actor, TimeProvider clock)
{
    public async Task<Result<Movement>> ExecuteAsync(MovementDetails details, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.ManageMovements))
        {
            return Problem.NotFound(nameof(Movement));
        }

        var now = clock.GetUtcNow();
        var valid = ValidMovementDetails.Validate(details, DateOnly.FromDateTime(now.UtcDateTime));
        if (!valid.Succeeded)
        {
            return valid.Problem!;
        }

        var movement = Movement.Plan(valid.Value, actor, now);
        db.Movements.Add(movement);
        db.MovementSeats.Add(new MovementSeats(movement.Id, movement.Seats, movement.EscortPlaces, movement.WheelchairPlaces));
        await db.SaveChangesAsync(ct);
        return movement;
    }
}
