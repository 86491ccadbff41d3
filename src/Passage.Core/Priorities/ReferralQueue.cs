using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Cases;
using Passage.Core.Interviews;
using Passage.Core.Pledges;
using Passage.Core.Storage;

namespace Passage.Core.Priorities;

/// <summary>
/// The cases awaiting referral (interviewed, or rejected and not referred again), ranked by the transparent priority score
/// with the administrator's weights. For resettlement officers; empty for anyone else.
/// </summary>
public sealed class ReferralQueue(PassageDbContext db, Actor actor, TimeProvider clock)
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
            return (Case: c, Members: mine.Count, Since: since, Without: without, Score: terms.Sum(t => t.Points), Terms: terms);
        })
        .OrderByDescending(e => e.Score).ThenBy(e => e.Since).ThenBy(e => e.Case.CaseNumber, StringComparer.Ordinal)
        .ToList();

        return entries.Select((e, i) => new QueueEntry(i + 1, e.Case.Id, e.Case.CaseNumber, e.Case.Status, e.Members, e.Case.Version, e.Since, e.Without, e.Score, e.Terms)).ToList();
    }

    private static int MonthsBetween(DateTimeOffset from, DateTimeOffset to) => Math.Max(0, (int)((to - from).TotalDays / 30.44));
}
