using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Pledges;
using Passage.Core.Priorities;
using Passage.Core.Storage;

namespace Passage.Core.Movements.Planning;

/// <summary>
/// Proposes bookings for every cleared, accepted case onto the open movements to its receiving country: the planner weighs
/// each case by its priority score, keeps it off movements that leave before its exit clearance date, and fills no movement
/// past its free seats, escort or wheelchair places, nor a pledge past the places its cases do not already hold. Writes
/// nothing but the audit entry; <see cref="AcceptMovementPlan"/> books what the movement officer keeps.
/// </summary>
public sealed class ProposeMovementPlan(PassageDbContext db, Actor actor, AuditLog audit, TimeProvider clock)
{
    public const int MaxRule = 999;

    /// <summary>How long the solver may search before the page gets the best plan it found.</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(20);

    /// <param name="maxSeriousMedicalPerMovement">At most this many persons with serious medical needs on one movement, counting those booked already; null for no such rule.</param>
    public async Task<Result<MovementProposal>> ExecuteAsync(int? maxSeriousMedicalPerMovement, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.ManageMovements))
        {
            return Problem.NotFound(nameof(MovementPlan));
        }

        if (maxSeriousMedicalPerMovement is < 0 or > MaxRule)
        {
            return Problem.Invalid(nameof(maxSeriousMedicalPerMovement), $"Give a number from 0 to {MaxRule}, or leave it empty for no such rule.");
        }

        var now = clock.GetUtcNow();
        var (problem, cases, movements) = await ProblemAsync(maxSeriousMedicalPerMovement, now, ct);
        var plan = await Task.Run(() => MovementPlanner.Plan(problem, new PlannerOptions(TimeLimit)), ct);

        var onMovement = plan.Bookings.ToLookup(b => b.MovementId, b => cases[b.CaseId]);
        var proposal = new MovementProposal(
            now, plan.Status, plan.Objective, plan.Bound, plan.Gap, plan.GreedyObjective, maxSeriousMedicalPerMovement,
            movements.Select(m => new ProposedMovement(m, onMovement[m.Id].OrderBy(c => c.CaseNumber, StringComparer.Ordinal).ToList())).ToList(),
            plan.LeftOut.Select(l => new LeftOutCaseView(cases[l.CaseId], l.Reason, l.Explanation))
                .OrderByDescending(l => l.Case.Priority).ThenBy(l => l.Case.CaseNumber, StringComparer.Ordinal).ToList());
        await audit.RecordNowAsync(AuditAction.Viewed, nameof(MovementPlan), "proposal",
            $"proposal: {proposal.CasesBooked} case(s) on {proposal.Movements.Count(m => m.Cases.Count > 0)} movement(s), {proposal.LeftOut.Count} left out", ct);
        return proposal;
    }

    private async Task<(PlanningProblem Problem, Dictionary<Guid, ProposedCase> Cases, IReadOnlyList<MovementSummary> Movements)> ProblemAsync(
        int? maxSeriousMedicalPerMovement, DateTimeOffset now, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var cleared = await db.Cases.AsNoTracking().Where(c => c.Status == CaseStatus.Cleared).ToListAsync(ct);
        var clearedIds = cleared.Select(c => c.Id).ToList();
        var referrals = await db.Referrals.AsNoTracking().Include(r => r.Clearances)
            .Where(r => clearedIds.Contains(r.CaseId) && r.Status == ReferralStatus.Accepted)
            .ToDictionaryAsync(r => r.CaseId, ct);
        cleared = cleared.Where(c => referrals.ContainsKey(c.Id)).ToList();
        var priorities = await CasePriorities.LoadAsync(db, cleared.Select(c => c.Id).ToList(), actor.MayRead(FieldGroup.InterviewRecord), now, ct);
        var cases = cleared.Select(c =>
            {
                var referral = referrals[c.Id];
                var members = priorities.Members(c.Id).ToList();
                var needs = members.Select(m => PassengerStatuses.From(m.Needs.Select(n => n.Code))).ToList();
                var earliest = referral.Clearances.Where(x => x.Status == ClearanceStatus.Cleared).Select(x => x.On).DefaultIfEmpty(today).Max();
                return new ProposedCase(
                    c.Id, c.CaseNumber, referral.CountryCode, members.Count, priorities.Terms(c).Sum(t => t.Points),
                    needs.Count(n => n.HasFlag(SeatNeeds.MedicalEscort)), needs.Count(n => n.HasFlag(SeatNeeds.Wheelchair)),
                    members.Count(m => m.Needs.Any(n => n.Code == "SM")), earliest);
            })
            .Where(c => c.Persons > 0)
            .ToDictionary(c => c.CaseId);

        var open = MovementAccess.Visible(db.Movements, actor)
            .Where(m => (m.Status == MovementStatus.Planned || m.Status == MovementStatus.Confirmed) && m.DepartsAt > now);
        var movements = await MovementQueries.SummariesAsync(db, open, ct);

        var pledgeIds = referrals.Values.Where(r => cases.ContainsKey(r.CaseId)).Select(r => r.PledgeId).Distinct().ToList();
        var counters = await db.PledgeCounters.AsNoTracking().Where(p => pledgeIds.Contains(p.PledgeId)).ToDictionaryAsync(p => p.PledgeId, ct);
        var pledges = await db.Pledges.AsNoTracking().Where(p => pledgeIds.Contains(p.Id)).ToListAsync(ct);

        var problem = new PlanningProblem(
            cases.Values.OrderBy(c => c.CaseNumber, StringComparer.Ordinal).Select(c => new PlanningCase(
                c.CaseId, c.CaseNumber, c.Persons, c.Priority, c.ReceivingCountry, referrals[c.CaseId].PledgeId, c.EarliestTravel,
                c.Wheelchairs, c.Escorts, c.SeriousMedical)).ToList(),
            movements.Select(m => new PlanningMovement(
                m.Id, $"{m.Carrier} {m.Number}", m.CountryCode, DateOnly.FromDateTime(m.DepartsAt.UtcDateTime),
                m.Seats - m.Booked, m.EscortPlaces - m.EscortsBooked, m.WheelchairPlaces - m.WheelchairsBooked,
                // A serious medical condition is what gives a passenger a medical escort place, so the escorts booked are the persons counted by the rule.
                SeriousMedicalBooked: m.EscortsBooked)).ToList(),
            // Accepted cases hold their places already: the plan may use the places of the cases it weighs and those no case holds.
            pledges.Select(p => new PlanningPledge(
                p.Id, $"{p.CountryCode} of {p.PledgedOn:yyyy-MM-dd}",
                counters[p.Id].Places - counters[p.Id].Accepted + referrals.Values.Where(r => r.PledgeId == p.Id && cases.ContainsKey(r.CaseId)).Sum(r => r.Persons))).ToList(),
            new PlanningRules(maxSeriousMedicalPerMovement));
        return (problem, cases, movements);
    }
}
