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
        var groups = CaseGroups.Of(problem, index);
        var assigned = (int[])greedy.Clone();
        var optimalParts = true;
        var bound = 0.0;
        var size = groups.Components.Select(c => c.Sum(g => groups.Movements[g].Length)).ToList();
        for (var i = 0; i < groups.Components.Count; i++)
        {
            // Each component gets its share of the time left; one that finishes early leaves its time to the rest.
            var left = options.TimeLimit - watch.Elapsed;
            var share = left * size[i] / Math.Max(1, size.Skip(i).Sum());
            var solved = CpSatPlanner.Solve(problem, groups, groups.Components[i], greedy, share > TimeSpan.Zero ? share : TimeSpan.FromMilliseconds(1), options);
            var cases = groups.Components[i].SelectMany(g => groups.Members[g]).ToList();
            var greedyPart = cases.Where(c => greedy[c] >= 0).Sum(c => problem.Cases[c].Weight);
            var solvedPart = cases.Where(c => solved.Assigned[c] >= 0).Sum(c => problem.Cases[c].Weight);
            if (solved.Solved && solvedPart >= greedyPart)
            {
                cases.ForEach(c => assigned[c] = solved.Assigned[c]);
            }

            optimalParts &= solved.Optimal;
            bound += double.IsNaN(solved.Bound) ? cases.Sum(c => problem.Cases[c].Weight) : Math.Max(solved.Bound, Math.Max(solvedPart, greedyPart));
        }

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
        var proven = Math.Max(objective, (long)Math.Floor(bound + 1e-6));
        var optimal = optimalParts || objective == proven;
        var leftOut = Enumerable.Range(0, problem.Cases.Count).Where(c => assigned[c] < 0)
            .Select(c => LeftOutExplanation.Explain(problem, index, ledger, c, optimal)).ToList();
        return new MovementPlan(optimal ? PlanStatus.Optimal : PlanStatus.Feasible, objective, proven, Value(problem, greedy), watch.Elapsed, bookings, leftOut);
    }

    private static long Value(PlanningProblem problem, int[] assigned) =>
        Enumerable.Range(0, assigned.Length).Where(c => assigned[c] >= 0).Sum(c => problem.Cases[c].Weight);
}
