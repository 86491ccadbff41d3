using Passage.Core.Accounts;
using Passage.Core.Cases;
using Passage.Core.Movements;
using Passage.Core.Registry;
using Passage.Core.Storage;

namespace Passage.Core.Demo;

/// <summary>
/// The movements of the demo operation: the past flights that took its departed and arrived cases, each with its issued
/// manifest, and future flights holding its booked cases with seats to spare (at least one to Germany and one to Albania),
/// so the calendar, the check-in page and the resident count are alive. Written in bulk at the end of the demo.
/// </summary>
internal sealed class DemoMovements(Random random, Dictionary<string, Actor> actors, DateTimeOffset now)
{
    private const int FutureSeats = 150;
    private const int FutureEscorts = 12;
    private const int FutureWheelchairs = 8;

    private static readonly string[] Carriers = ["Iraqi Airways", "Fly Baghdad", "Air Charter Services"];

    private readonly List<Travelling> _travelling = [];
    private readonly List<Movement> _movements = [];
    private readonly List<MovementSeats> _seats = [];
    private readonly List<Booking> _bookings = [];
    private readonly List<ManifestVersion> _manifests = [];

    private Actor Officer => actors[Roles.Movement];

    /// <summary>Keeps a case that reached Booked under its referral to <paramref name="country"/>.</summary>
    public void Plan(Case @case, IReadOnlyList<Person> members, string country)
    {
        if (@case.Events.Any(e => e.ToStatus == CaseStatus.Booked))
        {
            _travelling.Add(new Travelling(@case, members, country, Reached(@case, CaseStatus.Departed), Reached(@case, CaseStatus.Arrived)));
        }
    }

    public async Task FinishAsync(BulkInserter inserter, CancellationToken ct)
    {
        foreach (var batch in _travelling.Where(t => t.DepartedAt is not null)
                     .GroupBy(t => (t.Country, t.DepartedAt!.Value.Year, Week: t.DepartedAt.Value.DayOfYear / 7)))
        {
            Past([.. batch]);
        }

        var upcoming = _travelling.Where(t => t.DepartedAt is null).GroupBy(t => t.Country).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        upcoming.TryAdd("DE", []);
        upcoming.TryAdd("AL", []);
        foreach (var (country, cases) in upcoming.OrderBy(u => u.Key, StringComparer.Ordinal))
        {
            var next = 0;
            do
            {
                var movement = Movement.Plan(Details(country, now.AddDays(random.Next(7, 60)).Date.AddHours(random.Next(5, 12)), FutureSeats, FutureEscorts, FutureWheelchairs), Officer, now.AddDays(-random.Next(3, 20)));
                if (random.Next(2) == 0)
                {
                    movement.Confirm(now);
                }

                var made = new List<Booking>();
                while (next < cases.Count && Fits(made.Append(Book(movement, cases[next], now))))
                {
                    made.Add(Book(movement, cases[next++], now.AddDays(-random.Next(1, 10))));
                }

                Add(movement, made);
            }
            while (next < cases.Count);
        }

        await inserter.InsertAsync(_movements, ct);
        await inserter.InsertAsync(_seats, ct);
        await inserter.InsertAsync(_bookings, ct);
        await inserter.InsertAsync(_bookings.SelectMany(b => b.Passengers), ct);
        await inserter.InsertAsync(_manifests, ct);
    }

    /// <summary>A flight that left with <paramref name="batch"/>, whose manifest was issued the day before.</summary>
    private void Past(IReadOnlyList<Travelling> batch)
    {
        var departs = batch.Min(t => t.DepartedAt!.Value);
        var needs = batch.SelectMany(t => t.Members).Select(m => PassengerStatuses.From(m.Needs.Select(n => n.Code))).ToList();
        var movement = Movement.Plan(
            Details(batch[0].Country, departs, needs.Count + random.Next(5, 30), needs.Count(n => n.HasFlag(SeatNeeds.MedicalEscort)) + 2, needs.Count(n => n.HasFlag(SeatNeeds.Wheelchair)) + 2),
            Officer, departs.AddDays(-30));
        var made = new List<Booking>();
        foreach (var travelling in batch)
        {
            var booking = Book(movement, travelling, departs.AddDays(-10));
            foreach (var passenger in booking.Passengers)
            {
                passenger.CheckIn(travelling.DepartedAt!.Value.AddHours(-3));
                passenger.Depart(travelling.DepartedAt.Value);
                if (travelling.ArrivedAt is { } arrived)
                {
                    passenger.Arrive(null, actors[Roles.CountryDelegate], arrived);
                }
            }

            booking.Recheck(travelling.DepartedAt!.Value);
            made.Add(booking);
        }

        movement.Departed(departs);
        if (batch.All(t => t.ArrivedAt is not null))
        {
            movement.Arrived(batch.Max(t => t.ArrivedAt!.Value));
        }

        Add(movement, made);
        var lines = batch.SelectMany(t => t.Members.Select(m => (t.Case.CaseNumber, Member: m)))
            .OrderBy(l => l.CaseNumber, StringComparer.Ordinal).ThenBy(l => l.Member.RegistrationNumber, StringComparer.Ordinal)
            .Select(l => new ManifestLine(l.Member.FullName, l.Member.FullNameArabic ?? "", l.Member.BirthDate.ToString(), l.Member.Sex.ToString(), "",
                PassengerStatuses.Label(PassengerStatuses.From(l.Member.Needs.Select(n => n.Code)))))
            .ToList();
        _manifests.Add(ManifestVersion.Issue(movement.Id, 1, lines, Officer, departs.AddDays(-1)));
    }

    private Booking Book(Movement movement, Travelling travelling, DateTimeOffset at) =>
        Booking.Make(movement, travelling.Case.Id, travelling.Case.CaseNumber,
            travelling.Members.Select(m => (m.Id, m.RegistrationNumber, PassengerStatuses.From(m.Needs.Select(n => n.Code))))
                .OrderBy(m => m.RegistrationNumber, StringComparer.Ordinal).ToList(),
            Officer, at);

    /// <summary>Keeps the movement and its bookings, with its seat counter.</summary>
    private void Add(Movement movement, List<Booking> made)
    {
        var count = new SeatCount(made.Sum(b => b.Persons), made.Sum(b => b.Escorts), made.Sum(b => b.Wheelchairs));
        _movements.Add(movement);
        _bookings.AddRange(made);
        _seats.Add(MovementSeats.Seeded(movement.Id, movement.Seats, movement.EscortPlaces, movement.WheelchairPlaces, count));
    }

    private static bool Fits(IEnumerable<Booking> made)
    {
        var all = made.ToList();
        return all.Sum(b => b.Persons) <= FutureSeats && all.Sum(b => b.Escorts) <= FutureEscorts && all.Sum(b => b.Wheelchairs) <= FutureWheelchairs;
    }

    private ValidMovementDetails Details(string country, DateTimeOffset departs, int seats, int escorts, int wheelchairs) => new(
        MovementKind.Flight, departs, "Baghdad International (BGW)", country, Destination(country), Carriers[random.Next(Carriers.Length)],
        $"IA {random.Next(200, 990)}", seats, escorts, wheelchairs);

    private static string Destination(string country) => country switch
    {
        "DE" => "Hannover (HAJ)",
        "AL" => "Tirana (TIA)",
        "SE" => "Stockholm Arlanda (ARN)",
        "FI" => "Helsinki (HEL)",
        "NO" => "Oslo Gardermoen (OSL)",
        _ => "Capital airport",
    };

    private static DateTimeOffset? Reached(Case @case, CaseStatus status) =>
        @case.Events.Where(e => e.ToStatus == status).Select(e => (DateTimeOffset?)e.At).Max();

    private sealed record Travelling(Case Case, IReadOnlyList<Person> Members, string Country, DateTimeOffset? DepartedAt, DateTimeOffset? ArrivedAt);
}
