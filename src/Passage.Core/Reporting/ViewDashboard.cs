using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Core.Movements;
using Passage.Core.Pledges;
using Passage.Core.Storage;

namespace Passage.Core.Reporting;

/// <summary>
/// The dashboard's figures for whoever may read aggregates, counted by the database: no person is loaded. A country
/// delegate gets only their country's figures. Audited as a search of aggregates.
/// </summary>
public sealed class ViewDashboard(PassageDbContext db, Actor actor, AuditLog audit, TimeProvider clock)
{
    public const int Weeks = 26;

    /// <summary>Statuses of a case whose members are no longer in the camp.</summary>
    public static readonly CaseStatus[] Gone = [CaseStatus.Departed, CaseStatus.Arrived, CaseStatus.LeftCamp, CaseStatus.Deceased];

    private static readonly CaseStatus[] Closed = [.. CaseStatuses.Closed];

    private static readonly CaseStatus[] Leaving = [CaseStatus.Departed, CaseStatus.LeftCamp, CaseStatus.Deceased];

    public async Task<Dashboard?> ExecuteAsync(CancellationToken ct = default)
    {
        if (!actor.Can(Permission.ReadAggregateReports))
        {
            return null;
        }

        var country = actor.OwnCountryFor(Permission.ReadAggregateReports);
        if (!actor.CanEverywhere(Permission.ReadAggregateReports) && country is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var referredCases = country is null ? null : db.Referrals.Where(r => r.CountryCode == country && r.Status != ReferralStatus.Referred).Select(r => r.CaseId);
        var dashboard = new Dashboard(
            country, today,
            null,
            await DeparturesAsync(country, ct),
            await PledgesAsync(country, ct),
            await PipelineAsync(referredCases, now, ct),
            await NoShowsAsync(country, ct),
            null, null, null);
        if (country is null)
        {
            var (remaining, leftPerDay) = await RemainingAsync(now, today, ct);

            // Found from the few departures (the index on the status entered), not by looking through every case's history.
            var returned = db.CaseEvents.Where(e => e.ToStatus == CaseStatus.Departed && e.FromStatus == CaseStatus.RepatriationCleared).Select(e => e.CaseId);
            dashboard = dashboard with
            {
                Remaining = remaining,
                WalkOuts = await MembersOfAsync(db.Cases.Where(c => c.Status == CaseStatus.LeftCamp), ct),
                Returns = await MembersOfAsync(db.Cases.Where(c => returned.Contains(c.Id)), ct),
                Forecast = CampForecast.Make(remaining[^1].Residents, leftPerDay, today),
            };
        }

        await audit.RecordNowAsync(AuditAction.Searched, "Aggregates", "*", country is null ? "dashboard" : $"dashboard of {country}", ct);
        return dashboard;
    }

    /// <summary>The persons in <paramref name="cases"/>, from the members each case keeps: no person is read.</summary>
    private static Task<int> MembersOfAsync(IQueryable<Case> cases, CancellationToken ct) => cases.SumAsync(c => c.Members, ct);

    /// <summary>Residents at the end of each of the last <see cref="Weeks"/> weeks, counted back from today, and the persons who left on each day of the forecast's weeks.</summary>
    private async Task<(IReadOnlyList<RemainingPoint>, IReadOnlyDictionary<DateOnly, int>)> RemainingAsync(DateTimeOffset now, DateOnly today, CancellationToken ct)
    {
        var weeks = Enumerable.Range(0, Weeks + 1).Select(w => TimeEdge.After(now.AddDays(-7 * (Weeks - w)))).ToList();
        var days = Enumerable.Range(0, (CampForecast.DefaultWeeks * 7) + 1).Select(d => TimeEdge.FromDay(today.AddDays(-d))).ToList();
        var start = weeks[0].At;

        var inCamp = await MembersOfAsync(db.Cases.Where(c => !Gone.Contains(c.Status)), ct);

        // Each member of a case that left since the start (a departure, a walk-out, a death), at the time the case left.
        var left = await TimeEdges.CountAfterAsync(
            from e in db.CaseEvents
            where e.At > start && e.ToStatus != null && Leaving.Contains(e.ToStatus.Value)
            join p in db.Persons on e.CaseId equals p.CaseId
            select e.At,
            weeks.Concat(days), ct);
        var registered = await TimeEdges.CountAfterAsync(db.Persons.Where(p => p.RegisteredAt > start).Select(p => p.RegisteredAt), weeks, ct);

        var points = weeks.Select(w => new RemainingPoint(DateOnly.FromDateTime(w.At.UtcDateTime), inCamp + left[w] - registered[w])).ToList();
        var perDay = days.Skip(1).Select((day, i) => (Day: DateOnly.FromDateTime(day.At.UtcDateTime), Persons: left[day] - left[days[i]]))
            .ToDictionary(d => d.Day, d => d.Persons);
        return (points, perDay);
    }

    private async Task<IReadOnlyList<DeparturesInMonth>> DeparturesAsync(string? country, CancellationToken ct)
    {
        var perMovement = await (
            from p in db.Passengers
            where p.Status == PassengerStatus.Departed || p.Status == PassengerStatus.Arrived
            join b in db.Bookings on p.BookingId equals b.Id
            join m in db.Movements on b.MovementId equals m.Id
            where country == null || m.CountryCode == country
            group p by new { m.Id, m.CountryCode, m.DepartsAt } into g
            select new { g.Key.CountryCode, g.Key.DepartsAt, Persons = g.Count() })
            .ToListAsync(ct);
        return perMovement
            .GroupBy(m => (Month: m.DepartsAt.UtcDateTime.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), m.CountryCode))
            .Select(g => new DeparturesInMonth(g.Key.Month, g.Key.CountryCode, g.Sum(m => m.Persons)))
            .OrderBy(d => d.Month, StringComparer.Ordinal).ThenBy(d => d.Country, StringComparer.Ordinal)
            .ToList();
    }

    private async Task<IReadOnlyList<PledgeFigures>> PledgesAsync(string? country, CancellationToken ct)
    {
        var places = await db.PledgeRaises
            .Join(db.Pledges.Where(p => country == null || p.CountryCode == country), r => r.PledgeId, p => p.Id, (r, p) => new { p.CountryCode, r.Places })
            .GroupBy(x => x.CountryCode).Select(g => new { Country = g.Key, Places = g.Sum(x => x.Places) })
            .ToListAsync(ct);
        var referrals = await db.Referrals.Where(r => country == null || r.CountryCode == country)
            .Join(db.Cases, r => r.CaseId, c => c.Id, (r, c) => new { r.CountryCode, r.Status, CaseStatus = c.Status, r.Persons })
            .GroupBy(x => new { x.CountryCode, x.Status, x.CaseStatus })
            .Select(g => new { g.Key.CountryCode, g.Key.Status, g.Key.CaseStatus, Persons = g.Sum(x => x.Persons) })
            .ToListAsync(ct);
        return places.OrderBy(p => p.Country, StringComparer.Ordinal).Select(p =>
        {
            var mine = referrals.Where(r => r.CountryCode == p.Country).ToList();
            var accepted = mine.Where(r => r.Status == ReferralStatus.Accepted).ToList();
            return new PledgeFigures(
                p.Country, p.Places,
                mine.Where(r => r.Status is ReferralStatus.Referred or ReferralStatus.Submitted or ReferralStatus.MoreInformationRequested).Sum(r => r.Persons),
                accepted.Sum(r => r.Persons),
                accepted.Where(r => r.CaseStatus is CaseStatus.Departed or CaseStatus.Arrived).Sum(r => r.Persons),
                accepted.Where(r => r.CaseStatus == CaseStatus.Arrived).Sum(r => r.Persons),
                p.Places - accepted.Sum(r => r.Persons));
        }).ToList();
    }

    /// <summary>
    /// Open cases per stage, with how long each has been there (since it entered the stage: <see cref="Case.StageSince"/>).
    /// For the whole camp the database counts each stage and returns only the entry times at the ranks the median and 90th
    /// percentile need, read from the index on (status, entry time).
    /// </summary>
    private async Task<IReadOnlyList<StageFigures>> PipelineAsync(IQueryable<Guid>? only, DateTimeOffset now, CancellationToken ct)
    {
        var cases = db.Cases.AsNoTracking().Where(c => !Closed.Contains(c.Status));
        if (only is not null)
        {
            cases = cases.Where(c => only.Contains(c.Id));
        }

        if (only is not null)
        {
            // A country's cases are the few referred to it: one read of their stages, members and entry times costs less
            // than looking them up again for every rank.
            var entered = await cases.Select(c => new { c.Status, c.Members, c.StageSince }).ToListAsync(ct);
            return entered.GroupBy(c => c.Status).OrderBy(g => g.Key).Select(g =>
            {
                var waits = g.Select(c => (now - c.StageSince).TotalDays).Order().ToList();
                return new StageFigures(
                    g.Key, waits.Count, g.Sum(c => c.Members), Interpolate(waits.Count, 0.5, r => waits[r]), Interpolate(waits.Count, 0.9, r => waits[r]));
            }).ToList();
        }

        var perStage = await cases.GroupBy(c => c.Status).Select(g => new { Stage = g.Key, Cases = g.Count(), Persons = g.Sum(c => c.Members) }).ToListAsync(ct);
        var figures = new List<StageFigures>();
        foreach (var stage in perStage.OrderBy(s => s.Stage))
        {
            var inStage = cases.Where(c => c.Status == stage.Stage);
            figures.Add(new StageFigures(
                stage.Stage, stage.Cases, stage.Persons,
                await WaitAtAsync(inStage, stage.Cases, 0.5, now, ct), await WaitAtAsync(inStage, stage.Cases, 0.9, now, ct)));
        }

        return figures;
    }

    /// <summary>The <paramref name="p"/> quantile of the waits (days) of the <paramref name="count"/> cases in one stage.</summary>
    private static async Task<double?> WaitAtAsync(IQueryable<Case> inStage, int count, double p, DateTimeOffset now, CancellationToken ct)
    {
        var (below, above, _) = Rank(count, p);

        // Waits in ascending order are entry times in descending order.
        var since = await inStage.OrderByDescending(c => c.StageSince).Skip(below).Take(above - below + 1).Select(c => c.StageSince).ToListAsync(ct);
        var waits = since.Select(s => (now - s).TotalDays).ToList();
        return Interpolate(count, p, rank => waits[rank - below]);
    }

    private Task<int> NoShowsAsync(string? country, CancellationToken ct) => (
        from p in db.Passengers
        where p.Status == PassengerStatus.NoShow
        join b in db.Bookings on p.BookingId equals b.Id
        join m in db.Movements on b.MovementId equals m.Id
        where country == null || m.CountryCode == country
        select p.Id).CountAsync(ct);

    /// <summary>The <paramref name="p"/> quantile of <paramref name="count"/> sorted values read by rank, interpolated between neighbours and rounded to a tenth; null for none.</summary>
    private static double? Interpolate(int count, double p, Func<int, double> valueAt)
    {
        if (count == 0)
        {
            return null;
        }

        var (below, above, fraction) = Rank(count, p);
        return Math.Round(valueAt(below) + (fraction * (valueAt(above) - valueAt(below))), 1);
    }

    /// <summary>The two ranks (from 0) the <paramref name="p"/> quantile of <paramref name="count"/> values lies between, and how far along.</summary>
    private static (int Below, int Above, double Fraction) Rank(int count, double p)
    {
        var at = p * (count - 1);
        var below = (int)Math.Floor(at);
        return (below, Math.Min(below + 1, count - 1), at - below);
    }
}
