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
            var (remaining, leftPerDay) = await RemainingAsync(now, ct);
            dashboard = dashboard with
            {
                Remaining = remaining,
                WalkOuts = await PersonsInAsync(db.Cases.Where(c => c.Status == CaseStatus.LeftCamp).Select(c => c.Id), ct),
                Returns = await PersonsInAsync(
                    db.CaseEvents.Where(e => e.FromStatus == CaseStatus.RepatriationCleared && e.ToStatus == CaseStatus.Departed).Select(e => e.CaseId), ct),
                Forecast = CampForecast.Make(remaining[^1].Residents, leftPerDay, today),
            };
        }

        await audit.RecordNowAsync(AuditAction.Searched, "Aggregates", "*", country is null ? "dashboard" : $"dashboard of {country}", ct);
        return dashboard;
    }

    private Task<int> PersonsInAsync(IQueryable<Guid> caseIds, CancellationToken ct) =>
        db.Persons.CountAsync(p => caseIds.Contains(p.CaseId), ct);

    /// <summary>Residents at the end of each of the last <see cref="Weeks"/> weeks, counted back from today, and the persons who left on each day.</summary>
    private async Task<(IReadOnlyList<RemainingPoint>, IReadOnlyDictionary<DateOnly, int>)> RemainingAsync(DateTimeOffset now, CancellationToken ct)
    {
        var start = now.AddDays(-7 * Weeks);
        // Everyone, less the members of cases that are gone: two counts an index answers, not a look-up per person.
        var inCamp = await db.Persons.CountAsync(ct) - await PersonsInAsync(db.Cases.Where(c => Gone.Contains(c.Status)).Select(c => c.Id), ct);

        // One row per case that left since the start (a departure, a walk-out, a death), with its members counted by the database.
        var left = await db.CaseEvents.AsNoTracking()
            .Where(e => e.At > start && e.ToStatus != null && Leaving.Contains(e.ToStatus.Value))
            .Select(e => new { e.At, Persons = db.Persons.Count(p => p.CaseId == e.CaseId) })
            .ToListAsync(ct);
        var registered = await db.Persons.AsNoTracking().Where(p => p.RegisteredAt > start).Select(p => p.RegisteredAt).ToListAsync(ct);

        var points = Enumerable.Range(0, Weeks + 1).Select(w => now.AddDays(-7 * (Weeks - w))).Select(t => new RemainingPoint(
            DateOnly.FromDateTime(t.UtcDateTime),
            inCamp + left.Where(l => l.At > t).Sum(l => l.Persons) - registered.Count(r => r > t))).ToList();
        var perDay = left.GroupBy(l => DateOnly.FromDateTime(l.At.UtcDateTime)).ToDictionary(g => g.Key, g => g.Sum(l => l.Persons));
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

    /// <summary>Open cases per stage, with how long each has been there: since its last status change, or since it was opened.</summary>
    private async Task<IReadOnlyList<StageFigures>> PipelineAsync(IQueryable<Guid>? only, DateTimeOffset now, CancellationToken ct)
    {
        var cases = db.Cases.AsNoTracking().Where(c => !Closed.Contains(c.Status));
        if (only is not null)
        {
            cases = cases.Where(c => only.Contains(c.Id));
        }

        var rows = await cases.Select(c => new
        {
            c.Status,
            Since = db.CaseEvents.Where(e => e.CaseId == c.Id && e.ToStatus != null).Max(e => (DateTimeOffset?)e.At) ?? c.OpenedAt,
            Persons = db.Persons.Count(p => p.CaseId == c.Id),
        }).ToListAsync(ct);
        return rows.GroupBy(r => r.Status).OrderBy(g => g.Key).Select(g =>
        {
            var waits = g.Select(r => (now - r.Since).TotalDays).Order().ToList();
            return new StageFigures(g.Key, g.Count(), g.Sum(r => r.Persons), Percentile(waits, 0.5), Percentile(waits, 0.9));
        }).ToList();
    }

    private Task<int> NoShowsAsync(string? country, CancellationToken ct) => (
        from p in db.Passengers
        where p.Status == PassengerStatus.NoShow
        join b in db.Bookings on p.BookingId equals b.Id
        join m in db.Movements on b.MovementId equals m.Id
        where country == null || m.CountryCode == country
        select p.Id).CountAsync(ct);

    /// <summary>The <paramref name="p"/> quantile of sorted values, interpolated between neighbours; null for none.</summary>
    internal static double? Percentile(IReadOnlyList<double> sorted, double p)
    {
        if (sorted.Count == 0)
        {
            return null;
        }

        var at = p * (sorted.Count - 1);
        var below = (int)Math.Floor(at);
        var above = Math.Min(below + 1, sorted.Count - 1);
        return Math.Round(sorted[below] + ((at - below) * (sorted[above] - sorted[below])), 1);
    }
}
