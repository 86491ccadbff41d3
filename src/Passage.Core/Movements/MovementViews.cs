using Passage.Core.Registry;

namespace Passage.Core.Movements;

/// <summary>A movement with its seats: limits and what is booked of each.</summary>
public sealed record MovementSummary(
    Guid Id,
    MovementKind Kind,
    DateTimeOffset DepartsAt,
    string Origin,
    string CountryCode,
    string Destination,
    string Carrier,
    string Number,
    MovementStatus Status,
    int Seats,
    int Booked,
    int EscortPlaces,
    int EscortsBooked,
    int WheelchairPlaces,
    int WheelchairsBooked,
    int PartlyDepartedFamilies,
    long Version);

/// <summary>The movements in a period, and how many residents are still in the operation (null for who may not read aggregates).</summary>
public sealed record MovementCalendar(int? Residents, IReadOnlyList<MovementSummary> Movements);

/// <summary>A movement with its bookings, passengers and issued manifests; <see cref="ManifestChanged"/> when the passengers differ from the last issue.</summary>
public sealed record MovementView(
    MovementSummary Movement, string? CancellationReason, IReadOnlyList<BookingView> Bookings, IReadOnlyList<ManifestVersionView> Manifests, bool ManifestChanged);

/// <summary>A booked case; <see cref="PartlyDeparted"/> when some members left and some did not travel.</summary>
public sealed record BookingView(
    Guid Id, Guid CaseId, string CaseNumber, BookingStatus Status, int Persons, int Escorts, int Wheelchairs, bool PartlyDeparted,
    string? ReleaseReason, string? BookedBy, IReadOnlyList<PassengerView> Passengers);

/// <summary>A passenger as the movement page and its check-in show them.</summary>
public sealed record PassengerView(
    Guid PersonId,
    string RegistrationNumber,
    string Name,
    string? NameArabic,
    string DateOfBirth,
    Sex Sex,
    SeatNeeds Needs,
    PassengerStatus Status,
    string? NoShowReason,
    string? DocumentNumber,
    string? NameInDocument,
    DateTimeOffset? CheckedInAt,
    DateTimeOffset? DepartedAt,
    DateTimeOffset? ArrivedAt,
    string? ArrivalConfirmedBy,
    string? ArrivalOnWordOf);

public sealed record ManifestVersionView(int Number, int Passengers, DateTimeOffset IssuedAt, string? IssuedBy);

/// <summary>A case's bookings on the movements the viewer may see, and the movements it may be booked on now.</summary>
public sealed record CaseMovements(
    Guid CaseId, string CaseNumber, string? ReceivingCountry, IReadOnlyList<CaseBooking> Bookings, IReadOnlyList<MovementSummary> Bookable);

public sealed record CaseBooking(MovementSummary Movement, BookingView Booking);
