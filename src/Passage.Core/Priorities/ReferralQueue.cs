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
        var mayReadNames = actor.CanEverywhere(AccessPolicy.ReadPermission(FieldGroup.Biodata));

        var entries = cases.Select(c =>
        {
            var mine = priorities.Members(c.Id).ToList();
            var terms = priorities.Terms(c);
            var without = mine.Where(m => m.IsAdultOn(today) && priorities.InterviewOf(m.Id)?.Choice != ResettlementChoice.Resettle)
                .Select(a => a.RegistrationNumber).Order(StringComparer.Ordinal).ToList();
            var preferences = mine.Where(m => m.IsAdultOn(today)).Select(m => priorities.InterviewOf(m.Id)).OfType<Interview>().SelectMany(i => i.Preferences).ToList();
            var preferred = preferences.GroupBy(p => p.CountryCode, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Min(p => p.Rank)).Select(g => g.Key).ToList();
            var ties = preferences.Where(p => p.Reason == PreferenceReason.FamilyThere).Select(p => p.CountryCode).Distinct(StringComparer.Ordinal).ToList();
            var names = mayReadNames ? mine.OrderBy(m => m.RegistrationNumber, StringComparer.Ordinal).Select(m => m.FullName).ToList() : [];
            return (Case: c, Members: mine.Count, Since: priorities.WaitingSince(c), Without: without, Score: terms.Sum(t => t.Points), Terms: terms,
                Names: names, Ties: ties, Preferred: preferred);
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
}
