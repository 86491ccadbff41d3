using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Pledges;
using Passage.Core.Storage;

namespace Passage.Core.Movements;

/// <summary>
/// Confirms that a checked-in passenger left on the movement. The first member to leave moves the case to Departed and the
/// movement to departed; a family of which a member was recorded as a no-show is flagged as partly departed at once.
/// </summary>
public sealed class ConfirmDeparture(PassageDbContext db, MovementChanges changes, ReferralCaseMove cases, TimeProvider clock)
{
    public async Task<Result<Passenger>> ExecuteAsync(Guid movementId, Guid personId, CancellationToken ct = default)
    {
        var loaded = await changes.LoadPassengerAsync(movementId, personId, Permission.ManageMovements, ct);
        if (!loaded.Succeeded)
        {
            return loaded.Problem!;
        }

        var (movement, booking, passenger) = loaded.Value;
        var now = clock.GetUtcNow();
        if (passenger.Depart(now) is { } refusal)
        {
            changes.Discard();
            return Problem.Refused(refusal);
        }

        booking.Recheck(now);
        movement.Departed(now);
        var @case = await db.Cases.SingleAsync(c => c.Id == booking.CaseId, ct);
        if (@case.Status == CaseStatus.Booked
            && await cases.MoveAsync(@case, CaseFlow.Movement, CaseStatus.Departed, $"Departed on {movement.Name}", ct) is { } moveRefused)
        {
            return moveRefused;
        }

        return await changes.SaveAsync(movementId, ct) is { } conflict ? conflict : passenger;
    }
}
