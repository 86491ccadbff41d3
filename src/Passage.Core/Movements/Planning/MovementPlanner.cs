using System.Collections.Concurrent;
using System.Diagnostics;

namespace Passage.Core.Movements.Planning;

/// <summary>
/// Proposes the bookings that move the most priority-weighted people: each case whole on one movement to its receiving
/// country, on or after its earliest travel date, within the seats, medical escort places and wheelchair places left,
/// the places left on its pledge and the optional rules. Solved as a mixed-integer program (SCIP), component by
/// component; the plan says whether it is proven optimal, the bound that proves how far from the best it may be, the
/// greedy baseline's value, and for each case left out the constraint that kept it out.
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
        var size = groups.Components.Select(c => c.Sum(g => groups.Movements[g].Length)).ToList();
        var solved = new MipPlanner.Result[groups.Components.Count];
        var atOnce = options.Workers > 0 ? options.Workers : Environment.ProcessorCount;
        var started = 0;
        var sizeLeft = size.Sum();
        var gate = new Lock();

        // Smallest components first, as many at once as there are processors: the small ones are solved quickly and leave
        // the time they did not use to the larger ones.
        var order = Enumerable.Range(0, groups.Components.Count).OrderBy(i => size[i]).ToList();
        Parallel.ForEach(Partitioner.Create(order, EnumerablePartitionerOptions.NoBuffering), new ParallelOptions { MaxDegreeOfParallelism = atOnce }, i =>
        {
            TimeSpan share;
            lock (gate)
            {
                var left = options.TimeLimit - watch.Elapsed;
                share = left * Math.Min(atOnce, order.Count - started) * size[i] / Math.Max(1, sizeLeft);
                share = share > left ? left : share;
                started++;
                sizeLeft -= size[i];
            }

            solved[i] = MipPlanner.Solve(problem, groups, groups.Components[i], greedy, share > TimeSpan.Zero ? share : TimeSpan.FromMilliseconds(1), options.RelativeGapLimit);
        });

        var assigned = (int[])greedy.Clone();
        var bound = 0L;
        for (var i = 0; i < groups.Components.Count; i++)
        {
            var cases = groups.Components[i].SelectMany(g => groups.Members[g]).ToList();
            var greedyPart = cases.Where(c => greedy[c] >= 0).Sum(c => problem.Cases[c].Weight);
            var solvedPart = cases.Where(c => solved[i].Assigned[c] >= 0).Sum(c => problem.Cases[c].Weight);
            if (solved[i].Solved && solvedPart > greedyPart)
            {
                cases.ForEach(c => assigned[c] = solved[i].Assigned[c]);
            }

            // The weights are whole numbers, so a bound of 41.7 proves that no plan is worth more than 41.
            var all = cases.Sum(c => problem.Cases[c].Weight);
            var proven = solved[i].Bound >= all ? all : (long)Math.Floor(solved[i].Bound + 1e-6);
            bound += Math.Max(proven, Math.Max(solvedPart, greedyPart));
        }

        var ledger = new PlanLedger(problem);
        foreach (var c in Enumerable.Range(0, problem.Cases.Count).Where(c => assigned[c] >= 0))
        {
            ledger.Book(problem.Cases[c], assigned[c]);
        }

        // A solver stopped early may leave out a case that still fits; booking it can only add value.
        foreach (var c in Enumerable.Range(0, problem.Cases.Count).Where(c => assigned[c] < 0).OrderByDescending(c => problem.Cases[c].Priority).ThenBy(c => c))
        {
            foreach (var movement in index.Allowed[c].Where(m => ledger.CanTake(problem.Cases[c], m)).Take(1))
            {
                ledger.Book(problem.Cases[c], movement);
                assigned[c] = movement;
            }
        }

        var bookings = Enumerable.Range(0, problem.Cases.Count).Where(c => assigned[c] >= 0)
            .Select(c => new ProposedBooking(problem.Cases[c].CaseId, problem.Cases[c].CaseNumber, problem.Movements[assigned[c]].MovementId, problem.Cases[c].Persons))
            .ToList();
        var objective = Value(problem, assigned);
        var optimal = objective == bound;

        // Only rounding in a solver could put its bound below a plan; the plan itself is then the better bound, but no proof.
        bound = Math.Max(bound, objective);
        var leftOut = Enumerable.Range(0, problem.Cases.Count).Where(c => assigned[c] < 0)
            .Select(c => LeftOutExplanation.Explain(problem, index, ledger, c, optimal)).ToList();
        watch.Stop();
        return new MovementPlan(optimal ? PlanStatus.Optimal : PlanStatus.Feasible, objective, bound, Value(problem, greedy), watch.Elapsed, bookings, leftOut);
    }

    private static long Value(PlanningProblem problem, int[] assigned) =>
        Enumerable.Range(0, assigned.Length).Where(c => assigned[c] >= 0).Sum(c => problem.Cases[c].Weight);
}
