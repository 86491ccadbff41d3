using System.Diagnostics;

namespace Passage.Core.Movements.Planning;

/// <summary>
/// Proposes the bookings that move the most priority-weighted people: each case whole on one movement to its receiving
/// country, on or after its earliest travel date, within the seats, medical escort places and wheelchair places left,
/// the places left on its pledge and the optional rules. Solved with CP-SAT; the plan says whether it is optimal, the
/// solver's bound, the greedy baseline's value, and for each case left out the constraint that kept it out.
/// A proposal only: nothing here reads or writes the database.
/// </summary>
public static class MovementPlanner
{
    public static MovementPlan Plan(PlanningProblem problem, PlannerOptions? options = null)
    {
        options ??= PlannerOptions.Default;
        var watch = Stopwatch.StartNew();
        var index = new PlanningIndex(problem);
        var greedy = GreedyPlanner.Plan(problem, index);
        var solved = CpSatPlanner.Solve(problem, CaseGroups.Of(problem, index), greedy, options);
        var assigned = solved.Solved && Value(problem, solved.Assigned) >= Value(problem, greedy) ? solved.Assigned : greedy;
        watch.Stop();

        var ledger = new PlanLedger(problem);
        var bookings = new List<ProposedBooking>();
        foreach (var c in Enumerable.Range(0, problem.Cases.Count).Where(c => assigned[c] >= 0))
        {
            var planned = problem.Cases[c];
            ledger.Book(planned, assigned[c]);
            bookings.Add(new ProposedBooking(planned.CaseId, planned.CaseNumber, problem.Movements[assigned[c]].MovementId, planned.Persons));
        }

        var objective = Value(problem, assigned);
        var bound = double.IsNaN(solved.Bound) ? problem.Cases.Sum(c => c.Weight) : Math.Max(objective, (long)Math.Floor(solved.Bound + 1e-6));
        var optimal = solved.Optimal || objective == bound;
        var leftOut = Enumerable.Range(0, problem.Cases.Count).Where(c => assigned[c] < 0)
            .Select(c => LeftOutExplanation.Explain(problem, index, ledger, c, optimal)).ToList();
        return new MovementPlan(optimal ? PlanStatus.Optimal : PlanStatus.Feasible, objective, bound, Value(problem, greedy), watch.Elapsed, bookings, leftOut);
    }

    private static long Value(PlanningProblem problem, int[] assigned) =>
        Enumerable.Range(0, assigned.Length).Where(c => assigned[c] >= 0).Sum(c => problem.Cases[c].Weight);
}
