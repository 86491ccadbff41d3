using Passage.Core.Accounts;

namespace Passage.Core.Movements;

public enum BookingStatus
{
    /// <summary>The case holds seats on the movement.</summary>
    Booked = 1,

    /// <summary>The seats went back: every member a no-show, or the movement cancelled. The case may be booked again.</summary>
    Released = 2,

    /// <summary>At least one member left on the movement.</summary>
    Travelled = 3,
}

/// <summary>
/// A whole case booked onto a movement, with one <see cref="Passenger"/> per member. A family of which some left and some
/// did not is flagged as partly departed the moment that happens (<see cref="PartlyDepartedAt"/>).
/// </summary>
public sealed class Booking
{
    private readonly List<Passenger> _passengers = [];

    private Booking()
    {
    }

    public Guid Id { get; private set; }

    public Guid MovementId { get; private set; }

    public Guid CaseId { get; private set; }

    public string CaseNumber { get; private set; } = "";

    public BookingStatus Status { get; private set; }

    public int Persons { get; private set; }

    public int Escorts { get; private set; }

    public int Wheelchairs { get; private set; }

    public string BookedByName { get; private set; } = "";

    public DateTimeOffset BookedAt { get; private set; }

    public string? ReleaseReason { get; private set; }

    public DateTimeOffset? ReleasedAt { get; private set; }

    /// <summary>When a member left while another was recorded as not travelling; null while the family moves together.</summary>
    public DateTimeOffset? PartlyDepartedAt { get; private set; }

    public long Version { get; private set; }

    public IReadOnlyList<Passenger> Passengers => _passengers;

    public SeatCount Seats => new(Persons, Escorts, Wheelchairs);

    public static Booking Make(Movement movement, Guid caseId, string caseNumber, IReadOnlyList<(Guid PersonId, string RegistrationNumber, SeatNeeds Needs)> members, Actor actor, DateTimeOffset now)
    {
        var booking = new Booking
        {
            Id = Guid.NewGuid(),
            MovementId = movement.Id,
            CaseId = caseId,
            CaseNumber = caseNumber,
            Status = BookingStatus.Booked,
            Persons = members.Count,
            Escorts = members.Count(m => m.Needs.HasFlag(SeatNeeds.MedicalEscort)),
            Wheelchairs = members.Count(m => m.Needs.HasFlag(SeatNeeds.Wheelchair)),
            BookedByName = actor.UserName,
            BookedAt = now,
            Version = 1,
        };
        booking._passengers.AddRange(members.Select(m => new Passenger(booking.Id, m.PersonId, m.RegistrationNumber, m.Needs)));
        return booking;
    }

    /// <summary>Ends the booking before anyone travelled; the reason when someone did.</summary>
    public string? Release(string reason, DateTimeOffset now)
    {
        if (Status != BookingStatus.Booked)
        {
            return $"The booking of case {CaseNumber} is {Status.ToString().ToLowerInvariant()} already.";
        }

        if (_passengers.Any(p => p.HasLeft))
        {
            return $"Members of case {CaseNumber} have left on this movement; their booking stays.";
        }

        Status = BookingStatus.Released;
        ReleaseReason = reason;
        ReleasedAt = now;
        Version++;
        return null;
    }

    /// <summary>Whether every member was recorded as not travelling: the booking ends and the case is booked again.</summary>
    public bool NobodyTravels => _passengers.All(p => p.Status == PassengerStatus.NoShow);

    /// <summary>Whether every member who left has arrived and nobody is still waiting to leave.</summary>
    public bool EveryoneWhoLeftArrived =>
        _passengers.Any(p => p.Status == PassengerStatus.Arrived)
        && _passengers.All(p => p.Status is PassengerStatus.Arrived or PassengerStatus.NoShow);

    /// <summary>After a member's departure or no-show: marks the booking travelled, and flags it when the family split.</summary>
    internal void Recheck(DateTimeOffset now)
    {
        if (_passengers.Any(p => p.HasLeft) && Status == BookingStatus.Booked)
        {
            Status = BookingStatus.Travelled;
        }

        if (PartlyDepartedAt is null && _passengers.Any(p => p.HasLeft) && _passengers.Any(p => p.Status == PassengerStatus.NoShow))
        {
            PartlyDepartedAt = now;
        }

        Version++;
    }
}
