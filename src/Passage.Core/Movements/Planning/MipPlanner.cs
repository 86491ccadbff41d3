using Google.OrTools.LinearSolver;

namespace Passage.Core.Movements.Planning;

/// <summary>
/// The plan as a mixed-integer program for SCIP: per group of like cases and movement, how many of the group it carries;
/// seats, escort places, wheelchair places, the serious-medical rule and pledge places as sums; the priority-weighted
/// persons as the objective. Started from the greedy plan. The bound is SCIP's own bound or, when SCIP stopped before it
/// had one, the linear relaxation's optimum (GLOP): both are upper bounds on any plan, so a plan that meets it is proven best.
/// </summary>
internal static class MipPlanner
{
    /// <summary>
    /// <paramref name="Assigned"/> books only the component's cases; <paramref name="Bound"/> is an upper bound on the
    /// component's value (infinite when neither solver gave one); <paramref name="Solved"/> says whether SCIP found a plan.
    /// </summary>
    public sealed record Result(int[] Assigned, double Bound, bool Solved);

    /// <summary>Solves the groups of one component (see <see cref="CaseGroups.Components"/>).</summary>
    public static Result Solve(PlanningProblem problem, CaseGroups groups, IReadOnlyList<int> component, int[] hint, TimeSpan limit, double relativeGap)
    {
        using var mip = Solver.CreateSolver("SCIP") ?? throw new InvalidOperationException("The SCIP solver is not in this build of OR-Tools.");
        var carried = Build(mip, problem, groups, component, integer: true);
        mip.SetHint(
            [.. carried.Select(x => x.Count)],
            [.. carried.Select(x => (double)groups.Members[x.Group].Count(c => hint[c] == x.Movement))]);
        mip.SetTimeLimit(Math.Max(1, (long)limit.TotalMilliseconds));
        using var parameters = new MPSolverParameters();
        parameters.SetDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, relativeGap);
        var status = mip.Solve(parameters);
        var solved = status is Solver.ResultStatus.OPTIMAL or Solver.ResultStatus.FEASIBLE;
        var bound = solved && double.IsFinite(mip.Objective().BestBound()) ? mip.Objective().BestBound() : double.PositiveInfinity;
        if (double.IsPositiveInfinity(bound))
        {
            // SCIP's own bound, once it has one, is at least as tight: it starts from this relaxation and cuts it down.
            bound = Relaxation(problem, groups, component);
        }

        if (!solved)
        {
            return new Result(hint, bound, Solved: false);
        }

        var assigned = Enumerable.Repeat(-1, problem.Cases.Count).ToArray();
        foreach (var group in carried.GroupBy(x => x.Group))
        {
            using var members = ((IEnumerable<int>)groups.Members[group.Key]).GetEnumerator();
            foreach (var x in group)
            {
                for (var n = (long)Math.Round(x.Count.SolutionValue()); n > 0 && members.MoveNext(); n--)
                {
                    assigned[members.Current] = x.Movement;
                }
            }
        }

        return new Result(assigned, bound, Solved: true);
    }

    /// <summary>The optimum of the same model with counts allowed to be fractional: no plan of the component is worth more.</summary>
    private static double Relaxation(PlanningProblem problem, CaseGroups groups, IReadOnlyList<int> component)
    {
        using var lp = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("The GLOP solver is not in this build of OR-Tools.");
        Build(lp, problem, groups, component, integer: false);
        return lp.Solve() == Solver.ResultStatus.OPTIMAL ? lp.Objective().Value() : double.PositiveInfinity;
    }

    private static List<(Variable Count, int Group, int Movement)> Build(Solver solver, PlanningProblem problem, CaseGroups groups, IReadOnlyList<int> component, bool integer)
    {
        var movements = problem.Movements;
        var carried = new List<(Variable Count, int Group, int Movement)>();
        var objective = solver.Objective();
        foreach (var g in component)
        {
            var first = problem.Cases[groups.Members[g][0]];
            var once = solver.MakeConstraint(double.NegativeInfinity, groups.Members[g].Length);
            foreach (var m in groups.Movements[g])
            {
                var count = solver.MakeVar(0, Math.Min(groups.Members[g].Length, movements[m].Seats / first.Persons), integer, $"g{g}m{m}");
                once.SetCoefficient(count, 1);
                objective.SetCoefficient(count, first.Weight);
                carried.Add((count, g, m));
            }
        }

        objective.SetMaximization();
        var rule = problem.Rules?.MaxSeriousMedicalPerMovement;
        foreach (var onMovement in carried.GroupBy(x => x.Movement))
        {
            var movement = movements[onMovement.Key];
            AtMost(solver, onMovement, c => c.Persons, movement.Seats, problem, groups);
            AtMost(solver, onMovement, c => c.NeedEscort, movement.EscortPlaces, problem, groups);
            AtMost(solver, onMovement, c => c.Wheelchairs, movement.WheelchairPlaces, problem, groups);
            if (rule is int max)
            {
                AtMost(solver, onMovement, c => c.SeriousMedical, max - movement.SeriousMedicalBooked, problem, groups);
            }
        }

        var places = problem.Pledges.ToDictionary(p => p.PledgeId, p => p.PlacesLeft);
        foreach (var underPledge in carried.GroupBy(x => problem.Cases[groups.Members[x.Group][0]].PledgeId))
        {
            AtMost(solver, underPledge, c => c.Persons, places[underPledge.Key], problem, groups);
        }

        return carried;
    }

    private static void AtMost(Solver solver, IEnumerable<(Variable Count, int Group, int Movement)> terms, Func<PlanningCase, int> use, int limit, PlanningProblem problem, CaseGroups groups)
    {
        var used = terms.Select(x => (x.Count, Use: use(problem.Cases[groups.Members[x.Group][0]]))).Where(x => x.Use > 0).ToList();
        if (used.Count > 0)
        {
            var sum = solver.MakeConstraint(double.NegativeInfinity, limit);
            used.ForEach(x => sum.SetCoefficient(x.Count, x.Use));
        }
    }
}
