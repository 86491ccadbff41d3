using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Interviews;
using Passage.Core.Pledges;
using Passage.Core.Storage;

namespace Passage.Core.Priorities;

/// <summary>
/// The cases awaiting referral (interviewed, or rejected and not referred again), ranked by the transparent priority score
/// with the administrator's weights. For resettlement officers; empty for anyone else.
/// </summary>
public sealed class ReferralQueue(PassageDbContext db, Actor actor, TimeProvider clock, AuditLog? audit = null)
{
    public const int OlderPersonAge = 60;

    public async Task<IReadOnlyList<QueueEntry>> ExecuteAsync(CancellationToken ct = default)
    {
        if (!actor.Can(Permission.WritePledges))
        {
            return [];
        }

        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var weights = (await db.PriorityWeights.AsNoTracking().SingleOrDefaultAsync(ct) ?? PriorityWeights.Defaults).Values;
        var cases = await db.Cases.AsNoTracking()
            .Where(c => (c.Status == CaseStatus.Interviewed || c.Status == CaseStatus.Rejected)
                && !db.Referrals.Any(r => r.CaseId == c.Id && r.Status != ReferralStatus.Rejected && r.Status != ReferralStatus.Withdrawn))
            .ToListAsync(ct);
        var caseIds = cases.Select(c => c.Id).ToList();
        var waitingSince = await db.CaseEvents.AsNoTracking()
            .Where(e => caseIds.Contains(e.CaseId) && e.Kind == CaseEventKind.StatusChanged)
            .GroupBy(e => e.CaseId).Select(g => new { CaseId = g.Key, At = g.Max(e => e.At) })
            .ToDictionaryAsync(x => x.CaseId, x => x.At, ct);
        var members = await db.Persons.AsNoTracking().Include(p => p.Needs).Where(p => caseIds.Contains(p.CaseId)).ToListAsync(ct);
        var interviews = await LatestInterviews.Of(db, members.Select(m => m.Id)).AsNoTracking().Include(i => i.Preferences).ToDictionaryAsync(i => i.PersonId, ct);
        // Protection concerns count only for a viewer who may read interview records: to anyone else even a count discloses them.
        var withRecord = actor.MayRead(FieldGroup.InterviewRecord);
        var mayReadNames = actor.CanEverywhere(AccessPolicy.ReadPermission(FieldGroup.Biodata));
        var pledging = (await db.Pledges.AsNoTracking().Where(p => p.Status == PledgeStatus.Open).Select(p => p.CountryCode).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);

        var entries = cases.Select(c =>
        {
            var mine = members.Where(m => m.CaseId == c.Id).ToList();
            var adults = mine.Where(m => m.IsAdultOn(today)).ToList();
            var adultInterviews = adults.Select(a => interviews.GetValueOrDefault(a.Id)).Where(i => i is not null).Select(i => i!).ToList();
            var since = waitingSince.GetValueOrDefault(c.Id, c.OpenedAt);
            var profile = new CaseProfile(
                mine.Count(m => m.Needs.Any(n => n.Code == "SM")),
                mine.Count(m => m.Needs.Any(n => n.Code == "DS")),
                mine.Count(m => m.Needs.Any(n => n.Code == "ER") || m.BirthDate.AgeOn(today) >= OlderPersonAge),
                mine.Count(m => m.Needs.Any(n => n.Code == "SP")),
                MonthsBetween(since, now),
                adultInterviews.SelectMany(i => i.Preferences).Where(p => p.Reason == PreferenceReason.FamilyThere && pledging.Contains(p.CountryCode))
                    .Select(p => p.CountryCode).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
                withRecord ? adultInterviews.Count(i => !string.IsNullOrWhiteSpace(i.ProtectionConcerns)) : 0);
            var terms = PriorityScore.Terms(profile, weights);
            var without = adults.Where(a => interviews.GetValueOrDefault(a.Id)?.Choice != ResettlementChoice.Resettle)
                .Select(a => a.RegistrationNumber).Order(StringComparer.Ordinal).ToList();
            var preferred = adultInterviews.SelectMany(i => i.Preferences).GroupBy(p => p.CountryCode, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Min(p => p.Rank)).Select(g => g.Key).ToList();
            var names = mayReadNames ? mine.OrderBy(m => m.RegistrationNumber, StringComparer.Ordinal).Select(m => m.FullName).ToList() : [];
            return (Case: c, Members: mine.Count, Since: since, Without: without, Score: terms.Sum(t => t.Points), Terms: terms,
                Names: names, Ties: profile.FamilyTiesIn, Preferred: preferred);
        })
        .OrderByDescending(e => e.Score).ThenBy(e => e.Since).ThenBy(e => e.Case.CaseNumber, StringComparer.Ordinal)
        .ToList();

        return entries.Select((e, i) => new QueueEntry(i + 1, e.Case.Id, e.Case.CaseNumber, e.Case.Status, e.Members, e.Case.Version, e.Since, e.Without, e.Score, e.Terms)
        {
            Names = e.Names,
            FamilyTies = e.Ties,
            PreferredCountries = e.Preferred,
        }).ToList();
    }

    /// <summary>
    /// One page of the queue as <paramref name="filter"/> narrows and sorts it; each entry keeps its rank in the whole queue.
    /// Audited as a search, with the case numbers shown: the entries carry the members' names.
    /// </summary>
    public async Task<Result<Page<QueueEntry>>> PageAsync(QueueFilter filter, int? page = null, int? pageSize = null, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.WritePledges))
        {
            return Problem.NotFound("Referral queue");
        }

        var paging = Paging.Check(page, pageSize);
        if (!paging.Succeeded)
        {
            return paging.Problem!;
        }

        if (filter.Check() is { } badFilter)
        {
            return badFilter;
        }

        var (number, size) = paging.Value;
        var matching = filter.Apply(await ExecuteAsync(ct)).ToList();
        var items = matching.Skip((number - 1) * size).Take(size).ToList();
        var log = audit ?? throw new InvalidOperationException("A page of the queue is audited: the audit log is needed.");
        await log.RecordNowAsync(AuditAction.Searched, "ReferralQueue", "*",
            $"filters: status={filter.Status}; country={filter.Country}; priority={filter.Priority}; sort {filter.Order}; page {number}; {items.Count} shown: {string.Join(',', items.Select(e => e.CaseNumber))}", ct);
        return new Page<QueueEntry>(items, number, size, matching.Count);
    }

    private static int MonthsBetween(DateTimeOffset from, DateTimeOffset to) => Math.Max(0, (int)((to - from).TotalDays / 30.44));
}
