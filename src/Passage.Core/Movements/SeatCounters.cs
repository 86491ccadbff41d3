using Microsoft.EntityFrameworkCore;
using Passage.Core.Storage;

namespace Passage.Core.Movements;

/// <summary>
/// The only code that changes a <see cref="MovementSeats"/> row: one conditional statement each, run inside the caller's
/// transaction. The database decides whether the seats are there; two bookings at once cannot both take the last ones.
/// </summary>
internal static class SeatCounters
{
    /// <summary>Books the seats if every limit allows it; false when one does not.</summary>
    public static async Task<bool> TryBookAsync(PassageDbContext db, Guid movementId, SeatCount seats, CancellationToken ct) =>
        await db.Database.ExecuteSqlAsync(
            $"""
            UPDATE "MovementSeats" SET "Booked" = "Booked" + {seats.Persons}, "EscortsBooked" = "EscortsBooked" + {seats.Escorts},
                "WheelchairsBooked" = "WheelchairsBooked" + {seats.Wheelchairs}
            WHERE "MovementId" = {movementId} AND "Booked" + {seats.Persons} <= "Seats"
                AND "EscortsBooked" + {seats.Escorts} <= "EscortPlaces" AND "WheelchairsBooked" + {seats.Wheelchairs} <= "WheelchairPlaces"
            """,
            ct) == 1;

    /// <summary>Gives booked seats back, when a booking ends before anyone travelled.</summary>
    public static async Task ReleaseAsync(PassageDbContext db, Guid movementId, SeatCount seats, CancellationToken ct)
    {
        var rows = await db.Database.ExecuteSqlAsync(
            $"""
            UPDATE "MovementSeats" SET "Booked" = "Booked" - {seats.Persons}, "EscortsBooked" = "EscortsBooked" - {seats.Escorts},
                "WheelchairsBooked" = "WheelchairsBooked" - {seats.Wheelchairs}
            WHERE "MovementId" = {movementId} AND "Booked" >= {seats.Persons} AND "EscortsBooked" >= {seats.Escorts} AND "WheelchairsBooked" >= {seats.Wheelchairs}
            """,
            ct);
        if (rows != 1)
        {
            throw new InvalidOperationException($"Movement {movementId} has no seat counter, or fewer seats booked than released.");
        }
    }

    /// <summary>Sets new limits if what is booked fits them; false when it does not.</summary>
    public static async Task<bool> TryResizeAsync(PassageDbContext db, Guid movementId, int seats, int escortPlaces, int wheelchairPlaces, CancellationToken ct) =>
        await db.Database.ExecuteSqlAsync(
            $"""
            UPDATE "MovementSeats" SET "Seats" = {seats}, "EscortPlaces" = {escortPlaces}, "WheelchairPlaces" = {wheelchairPlaces}
            WHERE "MovementId" = {movementId} AND "Booked" <= {seats} AND "EscortsBooked" <= {escortPlaces} AND "WheelchairsBooked" <= {wheelchairPlaces}
            """,
            ct) == 1;

    /// <summary>Why <paramref name="seats"/> do not fit on the movement now, read after a refused update.</summary>
    public static async Task<string> WhyNotAsync(PassageDbContext db, Guid movementId, SeatCount seats, CancellationToken ct)
    {
        var c = await db.MovementSeats.AsNoTracking().SingleAsync(s => s.MovementId == movementId, ct);
        var limits = new List<string>();
        if (c.Booked + seats.Persons > c.Seats)
        {
            limits.Add($"{c.Seats - c.Booked} seat(s) left for {seats.Persons} person(s)");
        }

        if (c.EscortsBooked + seats.Escorts > c.EscortPlaces)
        {
            limits.Add($"{c.EscortPlaces - c.EscortsBooked} medical-escort place(s) left for {seats.Escorts}");
        }

        if (c.WheelchairsBooked + seats.Wheelchairs > c.WheelchairPlaces)
        {
            limits.Add($"{c.WheelchairPlaces - c.WheelchairsBooked} wheelchair place(s) left for {seats.Wheelchairs}");
        }

        return $"The movement has {string.Join("; ", limits)}. A case is booked whole or not at all, and a movement is never overbooked.";
    }
}
