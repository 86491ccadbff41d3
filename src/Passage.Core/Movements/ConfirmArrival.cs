using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Pledges;
using Passage.Core.Storage;

namespace Passage.Core.Movements;

/// <summary>
/// Confirms that a passenger who departed arrived: by the receiving country's delegate (their own country's movements
/// only), or by the movement officer on the word of someone of the receiving country, whom they name. When every member who
/// left has arrived the case becomes Arrived — it closes and leaves the camp's resident count — and when every passenger of
/// the movement has, the movement is arrived.
/// </summary>
public sealed class ConfirmArrival(PassageDbContext db, Actor actor, MovementChanges changes, ReferralCaseMove cases, TimeProvider clock)
{
    public async Task<Result<Passenger>> ExecuteAsync(Guid movementId, Guid personId, string? onWordOf, CancellationToken ct = default)
    {
        var loaded = await changes.LoadPassengerAsync(movementId, personId, Permission.ConfirmArrivals, ct);
        if (!loaded.Succeeded || !MovementAccess.MayConfirmArrival(actor, loaded.Value.Movement.CountryCode))
        {
            return Problem.NotFound(nameof(Passenger));
        }

        var (movement, booking, passenger) = loaded.Value;
        var word = TextRules.Optional(onWordOf, "OnWordOf", TextRules.LineLength);
        if (!word.Succeeded)
        {
            return word.Problem!;
        }

        var receiving = MovementAccess.IsReceivingCountry(actor, movement.CountryCode);
        if (!receiving && word.Value is null)
        {
            return Problem.Invalid("OnWordOf", "Name who at the receiving country confirmed the arrival.");
        }

        var now = clock.GetUtcNow();
        if (passenger.Arrive(receiving ? null : word.Value, actor, now) is { } refusal)
        {
            changes.Discard();
            return Problem.Refused(refusal);
        }

        booking.Recheck(now);
        if (booking.EveryoneWhoLeftArrived)
        {
            var @case = await db.Cases.SingleAsync(c => c.Id == booking.CaseId, ct);
            var reason = receiving ? $"Arrival confirmed by {movement.CountryCode}" : $"Arrival confirmed on the word of {word.Value}";
            if (@case.Status == CaseStatus.Departed && await cases.MoveAsync(@case, CaseFlow.Movement, CaseStatus.Arrived, reason, ct) is { } moveRefused)
            {
                return moveRefused;
            }
        }

        if (await EveryPassengerArrivedAsync(movementId, booking, ct))
        {
            movement.Arrived(now);
        }

        return await changes.SaveAsync(movementId, ct) is { } conflict ? conflict : passenger;
    }

    private async Task<bool> EveryPassengerArrivedAsync(Guid movementId, Booking current, CancellationToken ct) =>
        current.EveryoneWhoLeftArrived
        && !await db.Bookings.AnyAsync(
            b => b.MovementId == movementId && b.Id != current.Id && b.Status != BookingStatus.Released
                && b.Passengers.Any(p => p.Status != PassengerStatus.Arrived && p.Status != PassengerStatus.NoShow),
            ct);
}
