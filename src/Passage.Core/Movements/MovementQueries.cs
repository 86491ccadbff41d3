using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Storage;

namespace Passage.Core.Movements;

/// <summary>The read side the movement views share: summaries with their seat counts, bookings with their passengers.</summary>
internal static class MovementQueries
{
    public static async Task<IReadOnlyList<MovementSummary>> SummariesAsync(PassageDbContext db, IQueryable<Movement> movements, CancellationToken ct)
    {
        var rows = await (
            from m in movements.AsNoTracking()
            join s in db.MovementSeats on m.Id equals s.MovementId
            select new { m, s }).ToListAsync(ct);
        var ids = rows.Select(r => r.m.Id).ToList();
        var split = await db.Bookings.AsNoTracking().Where(b => ids.Contains(b.MovementId) && b.PartlyDepartedAt != null)
            .GroupBy(b => b.MovementId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return rows
            .OrderBy(r => r.m.DepartsAt).ThenBy(r => r.m.Carrier, StringComparer.Ordinal)
            .Select(r => Summary(r.m, r.s, split.GetValueOrDefault(r.m.Id)))
            .ToList();
    }

    private static MovementSummary Summary(Movement m, MovementSeats s, int partlyDeparted) => new(
        m.Id, m.Kind, m.DepartsAt, m.Origin, m.CountryCode, m.Destination, m.Carrier, m.Number, m.Status,
        s.Seats, s.Booked, s.EscortPlaces, s.EscortsBooked, s.WheelchairPlaces, s.WheelchairsBooked, partlyDeparted, m.Version);

    /// <summary>The bookings of the given movements (or of one case on them), with every passenger's name, birth and document.</summary>
    public static async Task<IReadOnlyList<(Guid MovementId, BookingView Booking)>> BookingsAsync(
        PassageDbContext db, Actor actor, IReadOnlyCollection<Guid> movementIds, Guid? caseId, CancellationToken ct)
    {
        var bookings = await db.Bookings.AsNoTracking().Include(b => b.Passengers)
            .Where(b => movementIds.Contains(b.MovementId) && (caseId == null || b.CaseId == caseId))
            .ToListAsync(ct);
        var personIds = bookings.SelectMany(b => b.Passengers).Select(p => p.PersonId).Distinct().ToList();
        var persons = await db.Persons.AsNoTracking().IgnoreQueryFilters().Where(p => personIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, ct);
        var documents = await db.TravelDocuments.AsNoTracking().Where(d => personIds.Contains(d.PersonId)).ToDictionaryAsync(d => d.PersonId, ct);
        var names = actor.MayRead(FieldGroup.StaffNames);
        return bookings
            .OrderBy(b => b.CaseNumber, StringComparer.Ordinal).ThenBy(b => b.BookedAt)
            .Select(b => (b.MovementId, new BookingView(
                b.Id, b.CaseId, b.CaseNumber, b.Status, b.Persons, b.Escorts, b.Wheelchairs, b.PartlyDepartedAt is not null, b.ReleaseReason,
                names ? b.BookedByName : null,
                b.Passengers.OrderBy(p => p.RegistrationNumber, StringComparer.Ordinal).Select(p =>
                {
                    var person = persons[p.PersonId];
                    var document = documents.GetValueOrDefault(p.PersonId);
                    return new PassengerView(
                        p.PersonId, p.RegistrationNumber, person.FullName, person.FullNameArabic, person.BirthDate.ToString(), person.Sex, p.Needs, p.Status,
                        p.NoShowReason, document?.Number, document?.NameInDocument, p.CheckedInAt, p.DepartedAt, p.ArrivedAt,
                        names ? p.ArrivalConfirmedByName : null, p.ArrivalOnWordOf);
                }).ToList())))
            .ToList();
    }
}
