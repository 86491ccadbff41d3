using Microsoft.EntityFrameworkCore;
using Passage.Core.Cases;
using Passage.Core.Interviews;
using Passage.Core.Pledges;
using Passage.Core.Registry;
using Passage.Core.Storage;

namespace Passage.Core.Priorities;

/// <summary>
/// What the transparent priority score of a set of cases is computed from, loaded at once: their members with their needs,
/// the adults' interviews in force, how long each case has waited, the countries that pledge places and the administrator's
/// weights. Shared by the referral queue and the movement planner, so a case has one score.
/// </summary>
internal sealed class CasePriorities
{
    public const int OlderPersonAge = 60;

    private readonly ILookup<Guid, Person> _members;
    private readonly Dictionary<Guid, Interview> _interviews;
    private readonly Dictionary<Guid, DateTimeOffset> _waitingSince;
    private readonly HashSet<string> _pledging;
    private readonly PriorityWeightValues _weights;
    private readonly bool _withRecord;
    private readonly DateTimeOffset _now;

    private CasePriorities(
        ILookup<Guid, Person> members, Dictionary<Guid, Interview> interviews, Dictionary<Guid, DateTimeOffset> waitingSince,
        HashSet<string> pledging, PriorityWeightValues weights, bool withRecord, DateTimeOffset now)
    {
        _members = members;
        _interviews = interviews;
        _waitingSince = waitingSince;
        _pledging = pledging;
        _weights = weights;
        _withRecord = withRecord;
        _now = now;
    }

    /// <param name="withRecord">Whether protection concerns count: only for a viewer who may read interview records, since to anyone else even a count discloses them.</param>
    public static async Task<CasePriorities> LoadAsync(PassageDbContext db, IReadOnlyCollection<Guid> caseIds, bool withRecord, DateTimeOffset now, CancellationToken ct)
    {
        var weights = (await db.PriorityWeights.AsNoTracking().SingleOrDefaultAsync(ct) ?? PriorityWeights.Defaults).Values;
        var waitingSince = await db.CaseEvents.AsNoTracking()
            .Where(e => caseIds.Contains(e.CaseId) && e.Kind == CaseEventKind.StatusChanged)
            .GroupBy(e => e.CaseId).Select(g => new { CaseId = g.Key, At = g.Max(e => e.At) })
            .ToDictionaryAsync(x => x.CaseId, x => x.At, ct);
        var members = await db.Persons.AsNoTracking().Include(p => p.Needs).Where(p => caseIds.Contains(p.CaseId)).ToListAsync(ct);
        var interviews = await LatestInterviews.Of(db, members.Select(m => m.Id)).AsNoTracking().Include(i => i.Preferences).ToDictionaryAsync(i => i.PersonId, ct);
        var pledging = (await db.Pledges.AsNoTracking().Where(p => p.Status == PledgeStatus.Open).Select(p => p.CountryCode).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        return new CasePriorities(members.ToLookup(m => m.CaseId), interviews, waitingSince, pledging, weights, withRecord, now);
    }

    public IEnumerable<Person> Members(Guid caseId) => _members[caseId];

    public Interview? InterviewOf(Guid personId) => _interviews.GetValueOrDefault(personId);

    /// <summary>Since when the case waits: its last change of status, or its opening.</summary>
    public DateTimeOffset WaitingSince(Case @case) => _waitingSince.GetValueOrDefault(@case.Id, @case.OpenedAt);

    /// <summary>The terms of the case's score, largest first; the score is their sum.</summary>
    public IReadOnlyList<ScoreTerm> Terms(Case @case)
    {
        var today = DateOnly.FromDateTime(_now.UtcDateTime);
        var mine = _members[@case.Id].ToList();
        var adultInterviews = mine.Where(m => m.IsAdultOn(today)).Select(a => InterviewOf(a.Id)).OfType<Interview>().ToList();
        var profile = new CaseProfile(
            mine.Count(m => m.Needs.Any(n => n.Code == "SM")),
            mine.Count(m => m.Needs.Any(n => n.Code == "DS")),
            mine.Count(m => m.Needs.Any(n => n.Code == "ER") || m.BirthDate.AgeOn(today) >= OlderPersonAge),
            mine.Count(m => m.Needs.Any(n => n.Code == "SP")),
            MonthsBetween(WaitingSince(@case), _now),
            adultInterviews.SelectMany(i => i.Preferences).Where(p => p.Reason == PreferenceReason.FamilyThere && _pledging.Contains(p.CountryCode))
                .Select(p => p.CountryCode).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            _withRecord ? adultInterviews.Count(i => !string.IsNullOrWhiteSpace(i.ProtectionConcerns)) : 0);
        return PriorityScore.Terms(profile, _weights);
    }

    private static int MonthsBetween(DateTimeOffset from, DateTimeOffset to) => Math.Max(0, (int)((to - from).TotalDays / 30.44));
}
