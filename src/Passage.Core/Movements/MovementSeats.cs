namespace Passage.Core.Movements;

/// <summary>
/// The seats, escort places and wheelchair places of a movement and how many of each are booked, changed only by single
/// conditional SQL updates (<see cref="SeatCounters"/>) so that bookings made at once can never take more than there are.
/// A check constraint keeps every booked count between zero and its limit as well.
/// </summary>
public sealed class MovementSeats
{
    private MovementSeats()
    {
    }

    internal MovementSeats(Guid movementId, int seats, int escortPlaces, int wheelchairPlaces)
    {
        MovementId = movementId;
        Seats = seats;
        EscortPlaces = escortPlaces;
        WheelchairPlaces = wheelchairPlaces;
    }

    public Guid MovementId { get; private set; }

    public int Seats { get; private set; }

    public int Booked { get; private set; }

    public int EscortPlaces { get; private set; }

    public int EscortsBooked { get; private set; }

    public int WheelchairPlaces { get; private set; }

    public int WheelchairsBooked { get; private set; }

    /// <summary>A counter for bulk seeding (the demo operation), whose bookings the seeder counted itself.</summary>
    internal static MovementSeats Seeded(Guid movementId, int seats, int escortPlaces, int wheelchairPlaces, SeatCount booked) =>
        booked.Persons <= seats && booked.Escorts <= escortPlaces && booked.Wheelchairs <= wheelchairPlaces
            ? new(movementId, seats, escortPlaces, wheelchairPlaces) { Booked = booked.Persons, EscortsBooked = booked.Escorts, WheelchairsBooked = booked.Wheelchairs }
            : throw new ArgumentOutOfRangeException(nameof(booked), "A movement is never overbooked.");
}

/// <summary>Seats a booking takes: persons, and of them those who need a medical escort or a wheelchair.</summary>
public readonly record struct SeatCount(int Persons, int Escorts, int Wheelchairs);
