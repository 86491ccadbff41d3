using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Movements;

/// <summary>
/// The movements the actor may see (a country delegate: those to their country) leaving in a period, in order of departure,
/// and the number of residents still in the operation: persons whose case is open, which drops as arrivals are confirmed.
/// </summary>
public sealed class ListMovements(PassageDbContext db, Actor actor)
{
    public const int MaxDays = 400;

    public async Task<Result<MovementCalendar>> ExecuteAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.ReadMovements))
        {
            return Problem.NotFound(nameof(Movement));
        }

        if (to < from || to.DayNumber - from.DayNumber > MaxDays)
        {
            to = from.AddDays(MaxDays);
        }

        var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var movements = MovementAccess.Visible(db.Movements, actor).Where(m => m.DepartsAt >= start && m.DepartsAt < end);
        int? residents = actor.CanEverywhere(Permission.ReadAggregateReports) ? await ResidentsAsync(ct) : null;
        return new MovementCalendar(residents, await MovementQueries.SummariesAsync(db, movements, ct));
    }

    private Task<int> ResidentsAsync(CancellationToken ct)
    {
        var closed = CaseStatuses.Closed.ToList();
        return db.Persons.Join(db.Cases, p => p.CaseId, c => c.Id, (p, c) => c.Status).CountAsync(s => !closed.Contains(s), ct);
    }
}
