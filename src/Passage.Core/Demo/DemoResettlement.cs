using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Cases;
using Passage.Core.Interviews;
using Passage.Core.Pledges;
using Passage.Core.Registry;
using Passage.Core.Storage;

namespace Passage.Core.Demo;

/// <summary>
/// The resettlement side of the demo operation: pledges from several countries, an interview of every adult in the cases
/// that reached Interviewed (choices that agree with how far each case went), the referrals, decisions and exit clearances
/// of the cases that moved on, and one list from the camp's leadership. Written in bulk with the demo's batches.
/// </summary>
internal sealed class DemoResettlement
{
    private static readonly (string Country, int Places, PledgeCategories Categories, int MonthsAgo, int Weight)[] PledgePlan =
    [
        ("DE", 210, PledgeCategories.Any, 30, 40),
        ("AL", 300, PledgeCategories.Any, 36, 30),
        ("SE", 120, PledgeCategories.Medical | PledgeCategories.FamilyTies, 20, 12),
        ("FI", 97, PledgeCategories.Any, 24, 10),
        ("NO", 60, PledgeCategories.Medical, 12, 8),
    ];

    private static readonly string[] Preferred = ["DE", "AL", "SE", "FI", "NO", "NL", "CA", "GB"];
    private static readonly string[] Interviewers = ["Leila Karimi", "Sara Haddad", "Omid Farahani", "Nadia Rahimi"];
    private static readonly string[] Interpreters = ["Reza Ahmadi", "Shirin Mousavi", "Kaveh Tehrani"];

    private static readonly string[] Concerns =
    [
        "Fears reprisals from former associates if the family's whereabouts become known.",
        "Reports pressure from within the camp not to leave.",
        "Chronic illness untreated since arrival; needs specialist care.",
        "Wants contact with a sibling abroad but not with other relatives.",
    ];

    private readonly Random _random;
    private readonly Dictionary<string, Actor> _actors;
    private readonly DateTimeOffset _now;
    private readonly DateOnly _today;
    private readonly List<Pledge> _pledges;
    private readonly HashSet<Guid> _existing;
    private readonly Dictionary<Guid, int> _acceptedBefore;
    private readonly Dictionary<Guid, int> _accepted = [];
    private readonly List<PledgeRaise> _newRaises = [];
    private readonly List<(string Number, Guid Id)> _listed = [];
    private readonly List<Interview> _interviews = [];
    private readonly List<Referral> _referrals = [];

    private DemoResettlement(Random random, Dictionary<string, Actor> actors, DateTimeOffset now, List<Pledge> pledges, HashSet<Guid> existing, Dictionary<Guid, int> acceptedBefore)
    {
        _acceptedBefore = acceptedBefore;
        _random = random;
        _actors = actors;
        _now = now;
        _today = DateOnly.FromDateTime(now.UtcDateTime);
        _pledges = pledges;
        _existing = existing;
        foreach (var pledge in pledges)
        {
            _accepted[pledge.Id] = 0;
        }
    }

    /// <summary>Uses the pledges already stored, or writes the demo's pledges when there are none.</summary>
    public static async Task<DemoResettlement> StartAsync(PassageDbContext db, BulkInserter inserter, Random random, Dictionary<string, Actor> actors, DateTimeOffset now, CancellationToken ct)
    {
        var pledges = await db.Pledges.AsNoTracking().Include(p => p.Raises).OrderBy(p => p.PledgedOn).ToListAsync(ct);
        var existing = pledges.Select(p => p.Id).ToHashSet();
        if (pledges.Count == 0)
        {
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            pledges = PledgePlan.Select(p => Pledge.Make(p.Country, p.Places, today.AddMonths(-p.MonthsAgo), p.Categories, null,
                "Pledge letter received by the operation.", actors[Roles.Resettlement], now.AddMonths(-p.MonthsAgo))).ToList();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await inserter.InsertAsync(pledges, ct);
            await transaction.CommitAsync(ct);
        }

        var acceptedBefore = await db.PledgeCounters.AsNoTracking().ToDictionaryAsync(c => c.PledgeId, c => c.Accepted, ct);
        return new DemoResettlement(random, actors, now, pledges, existing, acceptedBefore);
    }

    /// <summary>
    /// Plans the interviews and referral steps of one demo case, from the moves its history already holds; returns the
    /// country the case was referred to, or null.
    /// </summary>
    public string? Plan(Case @case, IReadOnlyList<Person> members, IReadOnlyList<CaseStatus> path)
    {
        if (!path.Contains(CaseStatus.Interviewed))
        {
            return null;
        }

        var reached = @case.Events.Where(e => e.ToStatus is not null).GroupBy(e => e.ToStatus!.Value).ToDictionary(g => g.Key, g => g.Max(e => e.At));
        var interviewedAt = reached[CaseStatus.Interviewed];
        var resettling = path.Contains(CaseStatus.Referred);
        var adults = members.Where(m => m.IsAdultOn(_today)).ToList();
        foreach (var adult in adults)
        {
            var choice = resettling ? ResettlementChoice.Resettle
                : path.Contains(CaseStatus.RepatriationRequested) ? ResettlementChoice.ReturnToOriginCountry
                : Pick([(55, ResettlementChoice.Resettle), (20, ResettlementChoice.Undecided), (10, ResettlementChoice.ReturnToOriginCountry), (15, ResettlementChoice.Remain)]);
            var sequence = 1;
            if (resettling && _random.Next(5) == 0)
            {
                _interviews.Add(InterviewOf(adult, sequence++, ResettlementChoice.Undecided, interviewedAt.AddDays(-_random.Next(40, 120)), @case.OpenedAt));
            }

            _interviews.Add(InterviewOf(adult, sequence, choice, interviewedAt, @case.OpenedAt, path.Contains(CaseStatus.RepatriationRequested)));
            if (_listed.Count < 60 && _random.Next(8) == 0)
            {
                _listed.Add((adult.RegistrationNumber, adult.Id));
            }
        }

        if (!resettling)
        {
            return null;
        }

        var referral = ReferralOf(@case, members.Count, path, reached);
        _referrals.Add(referral);
        return referral.CountryCode;
    }

    /// <summary>Writes what the batch planned, inside the caller's transaction.</summary>
    public async Task WriteBatchAsync(BulkInserter inserter, CancellationToken ct)
    {
        await inserter.InsertAsync(_interviews, ct);
        await inserter.InsertAsync(_interviews.SelectMany(i => i.Preferences.Select(p => (p, i.Id))), nameof(CountryPreference.InterviewId), ct);
        await inserter.InsertAsync(_referrals, ct);
        await inserter.InsertAsync(_referrals.SelectMany(r => r.Decisions.Select(d => (d, r.Id))), nameof(ReferralDecision.ReferralId), ct);
        await inserter.InsertAsync(_referrals.SelectMany(r => r.Clearances.Select(c => (c, r.Id))), nameof(ExitClearance.ReferralId), ct);
        _interviews.Clear();
        _referrals.Clear();
    }

    /// <summary>Writes the raises and the acceptance counters, and the leadership's list, inside the caller's transaction.</summary>
    public async Task FinishAsync(PassageDbContext db, BulkInserter inserter, CancellationToken ct)
    {
        var originals = _pledges.Where(p => !_existing.Contains(p.Id)).Select(p => p.Raises[0]);
        await inserter.InsertAsync(originals.Concat(_newRaises).Select(r => (r, r.PledgeId)), nameof(PledgeRaise.PledgeId), ct);
        foreach (var pledge in _pledges.Where(p => _existing.Contains(p.Id)))
        {
            var raised = _newRaises.Where(r => r.PledgeId == pledge.Id).Sum(r => r.Places);
            await db.Database.ExecuteSqlAsync(
                $"UPDATE \"PledgeCounters\" SET \"Places\" = \"Places\" + {raised}, \"Accepted\" = \"Accepted\" + {_accepted[pledge.Id]} WHERE \"PledgeId\" = {pledge.Id}", ct);
        }

        await inserter.InsertAsync(_pledges.Where(p => !_existing.Contains(p.Id)).Select(p => PledgeCounter.Seeded(p.Id, p.Places, _accepted[p.Id])), ct);
        if (_listed.Count > 0)
        {
            var list = ThirdPartyList.Receive("Camp leadership", _today.AddDays(-_random.Next(5, 30)), ThirdPartyListKind.ReadyToLeave,
                _listed.Select(l => (l.Number, (Guid?)l.Id)), _actors[Roles.Protection], _now);
            await inserter.InsertAsync([list], ct);
            await inserter.InsertAsync(list.Entries.Select(e => (e, list.Id)), nameof(ThirdPartyListEntry.ListId), ct);
        }
    }

    /// <param name="returning">The case went on to ask for a return, which needs every adult's informed choice, stated alone.</param>
    private Interview InterviewOf(Person adult, int sequence, ResettlementChoice choice, DateTimeOffset at, DateTimeOffset openedAt, bool returning = false)
    {
        var heldOn = DateOnly.FromDateTime((at < openedAt ? openedAt : at).UtcDateTime);
        var alone = _random.Next(20) != 0 || returning;
        bool? informed = choice == ResettlementChoice.ReturnToOriginCountry ? true : null;
        var concerns = _random.Next(10) == 0 ? Concerns[_random.Next(Concerns.Length)] : null;
        var preferences = choice == ResettlementChoice.Resettle
            ? Preferred.OrderBy(_ => _random.Next()).Take(_random.Next(1, 3))
                .Select(c => new PreferenceDetails(c, _random.Next(3) == 0 ? PreferenceReason.FamilyThere : PreferenceReason.Language)).ToList()
            : [];
        var details = new InterviewDetails(
            heldOn, Interviewers[_random.Next(Interviewers.Length)], Interpreters[_random.Next(Interpreters.Length)], "Persian", alone,
            alone ? null : "Camp leadership representative", choice, preferences, [], concerns, concerns is not null && _random.Next(2) == 0,
            heldOn.AddDays(-_random.Next(3, 15)), informed);
        var valid = details.Validate(_today);
        return valid.Succeeded
            ? Interview.Record(adult.Id, sequence, valid.Value, _actors[Roles.Protection], at)
            : throw new InvalidOperationException($"Demo interview is not valid: {string.Join("; ", valid.Problem!.Errors!.Keys)}");
    }

    private Referral ReferralOf(Case @case, int persons, IReadOnlyList<CaseStatus> path, Dictionary<CaseStatus, DateTimeOffset> reached)
    {
        var accepted = path.Contains(CaseStatus.Accepted);
        var pledge = PickPledge(persons, accepted);
        var resettlement = _actors[Roles.Resettlement];
        var referral = Referral.Refer(@case.Id, pledge, persons, "Every adult chose resettlement; fits the pledge's criteria.", resettlement, reached[CaseStatus.Referred]);
        if (!path.Contains(CaseStatus.Submitted))
        {
            return referral;
        }

        var submittedAt = reached[CaseStatus.Submitted];
        referral.Submit(submittedAt);
        if (path.Contains(CaseStatus.Withdrawn))
        {
            referral.Withdraw();
            return referral;
        }

        var decider = pledge.CountryCode == _actors[Roles.CountryDelegate].CountryCode ? _actors[Roles.CountryDelegate] : resettlement;
        if (path.Contains(CaseStatus.Rejected))
        {
            Decide(referral, DecisionOutcome.Rejected, "Does not meet the pledge's criteria.", decider, reached[CaseStatus.Rejected]);
        }
        else if (accepted)
        {
            Decide(referral, DecisionOutcome.Accepted, "Accepted under the pledge.", decider, reached[CaseStatus.Accepted]);
            _accepted[pledge.Id] += persons;
            if (reached.TryGetValue(CaseStatus.Cleared, out var clearedAt))
            {
                referral.RecordClearance(true, false, Day(clearedAt.AddDays(-7)), "Travel documents issued.", resettlement, clearedAt.AddDays(-7));
                referral.RecordClearance(true, true, Day(clearedAt), "Exit permission granted by the host state.", resettlement, clearedAt);
            }
            else if (_random.Next(2) == 0)
            {
                referral.RecordClearance(_random.Next(2) == 0, false, Day(_now), "Awaiting exit permission.", resettlement, _now);
            }
        }
        else if (_random.Next(6) == 0)
        {
            var askedAt = submittedAt.AddDays(_random.Next(1, 10));
            Decide(referral, DecisionOutcome.MoreInformationRequested, "Please send the medical reports.", decider, askedAt < _now ? askedAt : _now);
        }

        return referral;
    }

    private static void Decide(Referral referral, DecisionOutcome outcome, string reason, Actor actor, DateTimeOffset at)
    {
        var (_, refusal) = referral.Decide(outcome, Day(at), reason, actor, at);
        if (refusal is not null)
        {
            throw new InvalidOperationException($"Demo decision refused: {refusal}");
        }
    }

    /// <summary>A pledge by weight; for an acceptance, one with places left, raising it ("210 more") when none has.</summary>
    private Pledge PickPledge(int persons, bool accepted)
    {
        var pick = _random.Next(PledgePlan.Sum(p => p.Weight));
        var pledge = _pledges[^1];
        foreach (var (plan, i) in PledgePlan.Select((p, i) => (p, i)))
        {
            if (pick < plan.Weight)
            {
                pledge = _pledges[Math.Min(i, _pledges.Count - 1)];
                break;
            }

            pick -= plan.Weight;
        }

        if (accepted && _acceptedBefore.GetValueOrDefault(pledge.Id) + _accepted[pledge.Id] + persons > pledge.Places)
        {
            var more = Math.Max(210, persons);
            _newRaises.Add(pledge.Raise(more, _today.AddDays(-_random.Next(30, 200)),
                string.Create(CultureInfo.InvariantCulture, $"{more} more places announced."), _actors[Roles.Resettlement], _now));
        }

        return pledge;
    }

    private T Pick<T>((int Weight, T Value)[] options)
    {
        var pick = _random.Next(options.Sum(o => o.Weight));
        foreach (var (weight, value) in options)
        {
            if (pick < weight)
            {
                return value;
            }

            pick -= weight;
        }

        return options[^1].Value;
    }

    private static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime);
}
