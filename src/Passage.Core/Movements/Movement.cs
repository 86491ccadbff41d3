using Passage.Core.Accounts;

namespace Passage.Core.Movements;

public enum MovementKind
{
    Flight = 1,
    Convoy = 2,
}

public enum MovementStatus
{
    /// <summary>Scheduled; seats may be booked.</summary>
    Planned = 1,

    /// <summary>The carrier confirmed it; seats may still be booked.</summary>
    Confirmed = 2,

    /// <summary>At least one passenger left on it.</summary>
    Departed = 3,

    /// <summary>Every passenger who left on it arrived.</summary>
    Arrived = 4,

    /// <summary>It will not happen; its bookings were released.</summary>
    Cancelled = 5,
}

/// <summary>A flight or convoy that takes cleared cases to their receiving country. Seats are counted by <see cref="MovementSeats"/>.</summary>
public sealed class Movement
{
    private Movement()
    {
    }

    public Guid Id { get; private set; }

    public MovementKind Kind { get; private set; }

    public DateTimeOffset DepartsAt { get; private set; }

    /// <summary>Where it leaves from: an airport or the camp's gate.</summary>
    public string Origin { get; private set; } = "";

    /// <summary>ISO 3166-1 alpha-2 code of the receiving country: only cases accepted by that country are booked on it.</summary>
    public string CountryCode { get; private set; } = "";

    /// <summary>The arrival airport or crossing.</summary>
    public string Destination { get; private set; } = "";

    public string Carrier { get; private set; } = "";

    /// <summary>The flight or convoy number.</summary>
    public string Number { get; private set; } = "";

    public int Seats { get; private set; }

    public int EscortPlaces { get; private set; }

    public int WheelchairPlaces { get; private set; }

    public MovementStatus Status { get; private set; }

    public string? CancellationReason { get; private set; }

    public string RecordedByName { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public long Version { get; private set; }

    /// <summary>Whether cases may still be booked on it, and its details changed.</summary>
    public bool IsOpen => Status is MovementStatus.Planned or MovementStatus.Confirmed;

    public string Name => $"{Carrier} {Number}";

    public static Movement Plan(ValidMovementDetails details, Actor actor, DateTimeOffset now)
    {
        var movement = new Movement { Id = Guid.NewGuid(), Status = MovementStatus.Planned, RecordedByName = actor.UserName, RecordedAt = now, Version = 1 };
        movement.Apply(details, now);
        return movement;
    }

    /// <summary>Changes the details of an open movement; the reason when it is not open or its country would change under bookings.</summary>
    public string? Edit(ValidMovementDetails details, bool hasBookings, DateTimeOffset now)
    {
        if (!IsOpen)
        {
            return $"The movement is {MovementStatuses.Label(Status)}; only a planned or confirmed movement is changed.";
        }

        if (hasBookings && details.CountryCode != CountryCode)
        {
            return $"Cases accepted by {CountryCode} are booked on this movement; release them before it goes to another country.";
        }

        Apply(details, now);
        return null;
    }

    public string? Confirm(DateTimeOffset now) =>
        Status != MovementStatus.Planned
            ? $"The movement is {MovementStatuses.Label(Status)}; only a planned movement is confirmed."
            : Become(MovementStatus.Confirmed, now);

    public string? Cancel(string reason, DateTimeOffset now)
    {
        if (!IsOpen)
        {
            return $"The movement is {MovementStatuses.Label(Status)}; only a planned or confirmed movement is cancelled.";
        }

        CancellationReason = reason;
        return Become(MovementStatus.Cancelled, now);
    }

    /// <summary>Marks the movement departed when its first passenger leaves.</summary>
    internal void Departed(DateTimeOffset now)
    {
        if (IsOpen)
        {
            Become(MovementStatus.Departed, now);
        }
    }

    /// <summary>Marks the movement arrived when the last passenger who left on it arrived.</summary>
    internal void Arrived(DateTimeOffset now)
    {
        if (Status == MovementStatus.Departed)
        {
            Become(MovementStatus.Arrived, now);
        }
    }

    private string? Become(MovementStatus status, DateTimeOffset now)
    {
        Status = status;
        Touch(now);
        return null;
    }

    private void Apply(ValidMovementDetails details, DateTimeOffset now)
    {
        Kind = details.Kind;
        DepartsAt = details.DepartsAt;
        Origin = details.Origin;
        CountryCode = details.CountryCode;
        Destination = details.Destination;
        Carrier = details.Carrier;
        Number = details.Number;
        Seats = details.Seats;
        EscortPlaces = details.EscortPlaces;
        WheelchairPlaces = details.WheelchairPlaces;
        Touch(now);
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }
}

/// <summary>Labels of <see cref="MovementStatus"/> and <see cref="MovementKind"/> for people.</summary>
public static class MovementStatuses
{
    public static string Label(MovementStatus status) => status.ToString().ToLowerInvariant();

    public static string Label(MovementKind kind) => kind == MovementKind.Flight ? "Flight" : "Convoy";
}
