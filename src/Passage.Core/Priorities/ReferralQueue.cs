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
    public const int OlderPersonAge = CasePriorities.OlderPersonAge;

    public async Task<IReadOnlyList<QueueEntry>> ExecuteAsync(CancellationToken ct = default)
    {
        if (!actor.Can(Permission.WritePledges))
        {
            return [];
        }

        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var cases = await db.Cases.AsNoTracking()
            .Where(c => (c.Status == CaseStatus.Interviewed || c.Status == CaseStatus.Rejected)
                && !db.Referrals.Any(r => r.CaseId == c.Id && r.Status != ReferralStatus.Rejected && r.Status != ReferralStatus.Withdrawn))
            .ToListAsync(ct);
        var priorities = await CasePriorities.LoadAsync(db, cases.Select(c => c.Id).ToList(), actor.MayRead(FieldGroup.InterviewRecord), now, ct);

        var entries = cases.Select(c =>
        {
            var mine = priorities.Members(c.Id).ToList();
            var terms = priorities.Terms(c);
            var without = mine.Where(m => m.IsAdultOn(today) && priorities.InterviewOf(m.Id)?.Choice != ResettlementChoice.Resettle)
                .Select(a => a.RegistrationNumber).Order(StringComparer.Ordinal).ToList();
            return (Case: c, Members: mine.Count, Since: priorities.WaitingSince(c), Without: without, Score: terms.Sum(t => t.Points), Terms: terms);
        })
        .OrderByDescending(e => e.Score).ThenBy(e => e.Since).ThenBy(e => e.Case.CaseNumber, StringComparer.Ordinal)
        .ToList();

        return entries.Select((e, i) => new QueueEntry(i + 1, e.Case.Id, e.Case.CaseNumber, e.Case.Status, e.Members, e.Case.Version, e.Since, e.Without, e.Score, e.Terms)).ToList();
    }
}
