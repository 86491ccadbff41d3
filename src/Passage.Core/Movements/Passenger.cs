using Passage.Core.Accounts;

namespace Passage.Core.Movements;

/// <summary>What seat a passenger needs beyond a plain one, counted against the movement's own limits.</summary>
[Flags]
public enum SeatNeeds
{
    None = 0,

    /// <summary>A serious medical condition: a medical escort travels with them.</summary>
    MedicalEscort = 1,

    /// <summary>A disability: a wheelchair place.</summary>
    Wheelchair = 2,
}

public enum PassengerStatus
{
    Booked = 1,
    CheckedIn = 2,
    NoShow = 3,
    Departed = 4,
    Arrived = 5,
}

/// <summary>One member of a booked case on departure day: checked in, departed or a no-show (with the reason), then arrived.</summary>
public sealed class Passenger
{
    private Passenger()
    {
    }

    internal Passenger(Guid bookingId, Guid personId, string registrationNumber, SeatNeeds needs)
    {
        BookingId = bookingId;
        PersonId = personId;
        RegistrationNumber = registrationNumber;
        Needs = needs;
        Status = PassengerStatus.Booked;
    }

    public long Id { get; private set; }

    public Guid BookingId { get; private set; }

    public Guid PersonId { get; private set; }

    public string RegistrationNumber { get; private set; } = "";

    public SeatNeeds Needs { get; private set; }

    public PassengerStatus Status { get; private set; }

    public DateTimeOffset? CheckedInAt { get; private set; }

    public string? NoShowReason { get; private set; }

    public DateTimeOffset? DepartedAt { get; private set; }

    public DateTimeOffset? ArrivedAt { get; private set; }

    /// <summary>Who confirmed the arrival: the receiving country's delegate, or the movement officer on the word of <see cref="ArrivalOnWordOf"/>.</summary>
    public string? ArrivalConfirmedByName { get; private set; }

    public string? ArrivalOnWordOf { get; private set; }

    /// <summary>Whether the passenger left on the movement (departed or arrived since).</summary>
    public bool HasLeft => Status is PassengerStatus.Departed or PassengerStatus.Arrived;

    public string? CheckIn(DateTimeOffset now)
    {
        if (Status != PassengerStatus.Booked)
        {
            return $"{RegistrationNumber} is {PassengerStatuses.Label(Status)}; only a booked passenger checks in.";
        }

        Status = PassengerStatus.CheckedIn;
        CheckedInAt = now;
        return null;
    }

    public string? NoShow(string reason)
    {
        if (Status is not (PassengerStatus.Booked or PassengerStatus.CheckedIn))
        {
            return $"{RegistrationNumber} is {PassengerStatuses.Label(Status)}; only a passenger who has not left is recorded as a no-show.";
        }

        Status = PassengerStatus.NoShow;
        NoShowReason = reason;
        return null;
    }

    public string? Depart(DateTimeOffset now)
    {
        if (Status != PassengerStatus.CheckedIn)
        {
            return $"{RegistrationNumber} is {PassengerStatuses.Label(Status)}; a passenger departs after check-in.";
        }

        Status = PassengerStatus.Departed;
        DepartedAt = now;
        return null;
    }

    public string? Arrive(string? onWordOf, Actor actor, DateTimeOffset now)
    {
        if (Status != PassengerStatus.Departed)
        {
            return $"{RegistrationNumber} is {PassengerStatuses.Label(Status)}; arrival is confirmed for a passenger who departed.";
        }

        Status = PassengerStatus.Arrived;
        ArrivedAt = now;
        ArrivalConfirmedByName = actor.UserName;
        ArrivalOnWordOf = onWordOf;
        return null;
    }
}

/// <summary>Labels of passenger statuses and seat needs for people.</summary>
public static class PassengerStatuses
{
    public static string Label(PassengerStatus status) => status switch
    {
        PassengerStatus.CheckedIn => "checked in",
        PassengerStatus.NoShow => "a no-show",
        _ => status.ToString().ToLowerInvariant(),
    };

    public static string Label(SeatNeeds needs) => needs switch
    {
        SeatNeeds.None => "",
        SeatNeeds.MedicalEscort => "medical escort",
        SeatNeeds.Wheelchair => "wheelchair",
        _ => "medical escort, wheelchair",
    };

    /// <summary>The seat needs that follow from a person's specific-need codes: SM a medical escort, DS a wheelchair place.</summary>
    public static SeatNeeds From(IEnumerable<string> needCodes)
    {
        var needs = SeatNeeds.None;
        foreach (var code in needCodes)
        {
            needs |= code switch
            {
                "SM" => SeatNeeds.MedicalEscort,
                "DS" => SeatNeeds.Wheelchair,
                _ => SeatNeeds.None,
            };
        }

        return needs;
    }
}
