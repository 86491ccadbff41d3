using Passage.Core.Accounts;
using Passage.Core.Common;

namespace Passage.Core.Movements;

/// <summary>Checks one booked passenger in on departure day.</summary>
public sealed class CheckInPassenger(MovementChanges changes, TimeProvider clock)
{
    public async Task<Result<Passenger>> ExecuteAsync(Guid movementId, Guid personId, CancellationToken ct = default)
    {
        var loaded = await changes.LoadPassengerAsync(movementId, personId, Permission.ManageMovements, ct);
        if (!loaded.Succeeded)
        {
            return loaded.Problem!;
        }

        var (movement, _, passenger) = loaded.Value;
        var refusal = movement.IsOpen || movement.Status == MovementStatus.Departed
            ? passenger.CheckIn(clock.GetUtcNow())
            : $"The movement is {MovementStatuses.Label(movement.Status)}; nobody checks in.";
        if (refusal is not null)
        {
            changes.Discard();
            return Problem.Refused(refusal);
        }

        return await changes.SaveAsync(movementId, ct) is { } conflict ? conflict : passenger;
    }
}
