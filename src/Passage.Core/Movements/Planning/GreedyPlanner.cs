namespace Passage.Core.Movements.Planning;

/// <summary>The baseline: highest priority first, each case on the earliest movement it still fits on.</summary>
internal static class GreedyPlanner
{
    /// <summary>Per case, the movement it is put on, or -1.</summary>
    public static int[] Plan(PlanningProblem problem, PlanningIndex index)
    {
        var ledger = new PlanLedger(problem);
        var assigned = Enumerable.Repeat(-1, problem.Cases.Count).ToArray();
        foreach (var c in Enumerable.Range(0, problem.Cases.Count).OrderByDescending(c => problem.Cases[c].Priority).ThenBy(c => c))
        {
            var planned = problem.Cases[c];
            foreach (var movement in index.Allowed[c])
            {
                if (ledger.CanTake(planned, movement))
                {
                    ledger.Book(planned, movement);
                    assigned[c] = movement;
                    break;
                }
            }
        }

        return assigned;
    }
}
