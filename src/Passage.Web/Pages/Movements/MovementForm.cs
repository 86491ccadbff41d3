using Passage.Core.Movements;

namespace Passage.Web.Pages.Movements;

/// <summary>The fields of a movement on the planning and editing forms; the departure is entered in UTC.</summary>
public sealed class MovementForm
{
    public MovementKind Kind { get; set; } = MovementKind.Flight;

    public DateTime DepartsAt { get; set; }

    public string? Origin { get; set; }

    public string? CountryCode { get; set; }

    public string? Destination { get; set; }

    public string? Carrier { get; set; }

    public string? Number { get; set; }

    public int Seats { get; set; }

    public int EscortPlaces { get; set; }

    public int WheelchairPlaces { get; set; }

    public static MovementForm Blank(TimeProvider clock) => new() { DepartsAt = clock.GetUtcNow().UtcDateTime.Date.AddDays(7).AddHours(6) };

    public static MovementForm Of(MovementSummary m) => new()
    {
        Kind = m.Kind,
        DepartsAt = m.DepartsAt.UtcDateTime,
        Origin = m.Origin,
        CountryCode = m.CountryCode,
        Destination = m.Destination,
        Carrier = m.Carrier,
        Number = m.Number,
        Seats = m.Seats,
        EscortPlaces = m.EscortPlaces,
        WheelchairPlaces = m.WheelchairPlaces,
    };

    public MovementDetails ToDetails() => new(
        Kind, new DateTimeOffset(DateTime.SpecifyKind(DepartsAt, DateTimeKind.Utc)), Origin, CountryCode, Destination, Carrier, Number, Seats, EscortPlaces, WheelchairPlaces);
}
