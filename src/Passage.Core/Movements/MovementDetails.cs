using Passage.Core.Common;

namespace Passage.Core.Movements;

/// <summary>What a movement officer enters for a flight or convoy.</summary>
public sealed record MovementDetails(
    MovementKind Kind,
    DateTimeOffset DepartsAt,
    string? Origin,
    string? CountryCode,
    string? Destination,
    string? Carrier,
    string? Number,
    int Seats,
    int EscortPlaces = 0,
    int WheelchairPlaces = 0);

/// <summary><see cref="MovementDetails"/> that passed <see cref="Validate"/>: text cleaned, country normalised.</summary>
public sealed record ValidMovementDetails(
    MovementKind Kind, DateTimeOffset DepartsAt, string Origin, string CountryCode, string Destination, string Carrier, string Number,
    int Seats, int EscortPlaces, int WheelchairPlaces)
{
    public const int MaxSeats = 1_000;

    /// <summary>The cleaned details, or the field messages.</summary>
    public static Result<ValidMovementDetails> Validate(MovementDetails details, DateOnly today)
    {
        var errors = new ValidationErrors();
        if (!Enum.IsDefined(details.Kind))
        {
            errors.Add(nameof(details.Kind), "Say whether it is a flight or a convoy.");
        }

        OperationDates.CheckPlanned(DateOnly.FromDateTime(details.DepartsAt.UtcDateTime), today, nameof(details.DepartsAt), errors);
        var origin = Line(details.Origin, nameof(details.Origin), "Say where it leaves from.", errors);
        var country = Pledges.CountryCode.Normalise(details.CountryCode);
        if (country is null)
        {
            errors.Add(nameof(details.CountryCode), "Give the receiving country's ISO 3166 two-letter code, for example DE or AL.");
        }

        var destination = Line(details.Destination, nameof(details.Destination), "Give the arrival airport or crossing.", errors);
        var carrier = Line(details.Carrier, nameof(details.Carrier), "Give the carrier.", errors);
        var number = Line(details.Number, nameof(details.Number), "Give the flight or convoy number.", errors);
        if (details.Seats is < 1 or > MaxSeats)
        {
            errors.Add(nameof(details.Seats), $"A movement has 1 to {MaxSeats} seats.");
        }

        Places(details.EscortPlaces, details.Seats, nameof(details.EscortPlaces), errors);
        Places(details.WheelchairPlaces, details.Seats, nameof(details.WheelchairPlaces), errors);
        return errors.Any
            ? errors.ToProblem()
            : new ValidMovementDetails(details.Kind, details.DepartsAt.ToUniversalTime(), origin!, country!, destination!, carrier!, number!,
                details.Seats, details.EscortPlaces, details.WheelchairPlaces);
    }

    private static string? Line(string? value, string field, string missing, ValidationErrors errors)
    {
        var text = TextRules.Name(value, field, errors, TextRules.NameLength);
        if (text is null)
        {
            errors.Add(field, missing);
        }

        return text;
    }

    private static void Places(int places, int seats, string field, ValidationErrors errors)
    {
        if (places < 0 || places > seats)
        {
            errors.Add(field, "From none to as many as the seats.");
        }
    }
}
