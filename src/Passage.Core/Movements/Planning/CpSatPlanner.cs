using System.Globalization;
using Google.OrTools.Sat;

namespace Passage.Core.Movements.Planning;

/// <summary>
/// The plan as an integer program for CP-SAT: per group of like cases and movement, how many of the group it carries;
/// seats, escort places, wheelchair places, the serious-medical rule and pledge places as sums; the priority-weighted
/// persons as the objective. Started from the greedy plan, so it always has a plan to improve on.
/// </summary>
internal static class CpSatPlanner
{
    public sealed record Result(int[] Assigned, bool Optimal, double Bound, bool Solved);

    /// <summary>Solves the groups of one component (see <see cref="CaseGroups.Components"/>); the result assigns only their cases.</summary>
    public static Result Solve(PlanningProblem problem, CaseGroups groups, IReadOnlyList<int> component, int[] hint, TimeSpan limit, PlannerOptions options)
    {
        var model = new CpModel();
        var movements = problem.Movements;
        var carried = new List<(IntVar Count, int Group, int Movement)>();
        foreach (var g in component)
        {
            var first = problem.Cases[groups.Members[g][0]];
            foreach (var m in groups.Movements[g])
            {
                var most = Math.Min(groups.Members[g].Length, movements[m].Seats / first.Persons);
                carried.Add((model.NewIntVar(0, most, $"g{g}m{m}"), g, m));
            }
        }

        var rule = problem.Rules?.MaxSeriousMedicalPerMovement;
        foreach (var group in carried.GroupBy(x => x.Group))
        {
            model.Add(LinearExpr.Sum(group.Select(x => x.Count)) <= groups.Members[group.Key].Length);
        }

        foreach (var onMovement in carried.GroupBy(x => x.Movement))
        {
            var movement = movements[onMovement.Key];
            AtMost(model, onMovement, c => c.Persons, movement.Seats, problem, groups);
            AtMost(model, onMovement, c => c.NeedEscort, movement.EscortPlaces, problem, groups);
            AtMost(model, onMovement, c => c.Wheelchairs, movement.WheelchairPlaces, problem, groups);
            if (rule is int max)
            {
                AtMost(model, onMovement, c => c.SeriousMedical, max - movement.SeriousMedicalBooked, problem, groups);
            }
        }

        var places = problem.Pledges.ToDictionary(p => p.PledgeId, p => p.PlacesLeft);
        foreach (var underPledge in carried.GroupBy(x => problem.Cases[groups.Members[x.Group][0]].PledgeId))
        {
            AtMost(model, underPledge, c => c.Persons, places[underPledge.Key], problem, groups);
        }

        model.Maximize(LinearExpr.WeightedSum(carried.Select(x => x.Count), carried.Select(x => problem.Cases[groups.Members[x.Group][0]].Weight)));
        foreach (var x in carried)
        {
            model.AddHint(x.Count, groups.Members[x.Group].Count(c => hint[c] == x.Movement));
        }

        var solver = new CpSolver
        {
            StringParameters = string.Create(
                CultureInfo.InvariantCulture,
                $"max_time_in_seconds:{limit.TotalSeconds} relative_gap_limit:{options.RelativeGapLimit} num_workers:{(options.Workers > 0 ? options.Workers : Math.Max(2, Environment.ProcessorCount))}"),
        };
        var status = solver.Solve(model);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            // Without a plan of its own the solver's bound is not to be trusted; the caller falls back to all the component's weight.
            return new Result(hint, Optimal: false, Bound: double.NaN, Solved: false);
        }

        var assigned = Enumerable.Repeat(-1, problem.Cases.Count).ToArray();
        foreach (var group in carried.GroupBy(x => x.Group))
        {
            using var members = ((IEnumerable<int>)groups.Members[group.Key]).GetEnumerator();
            foreach (var x in group)
            {
                for (var n = solver.Value(x.Count); n > 0 && members.MoveNext(); n--)
                {
                    assigned[members.Current] = x.Movement;
                }
            }
        }

        return new Result(assigned, status == CpSolverStatus.Optimal, solver.BestObjectiveBound, Solved: true);
    }

    private static void AtMost(CpModel model, IEnumerable<(IntVar Count, int Group, int Movement)> terms, Func<PlanningCase, int> use, int limit, PlanningProblem problem, CaseGroups groups)
    {
        var used = terms.Select(x => (x.Count, Use: use(problem.Cases[groups.Members[x.Group][0]]))).Where(x => x.Use > 0).ToList();
        if (used.Count > 0)
        {
            model.Add(LinearExpr.WeightedSum(used.Select(x => x.Count), used.Select(x => (long)x.Use)) <= limit);
        }
    }
}
