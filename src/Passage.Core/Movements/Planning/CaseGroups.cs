namespace Passage.Core.Movements.Planning;

/// <summary>
/// Cases that are interchangeable for the plan — same persons, weight, pledge, needs and movements they may take — in
/// one group, so the solver counts how many of a group go on each movement instead of telling apart cases no constraint
/// tells apart. A plan by counts is as good as any plan by cases, and far quicker to prove best.
/// </summary>
internal sealed class CaseGroups
{
    private CaseGroups(IReadOnlyList<int[]> members, IReadOnlyList<int[]> movements)
    {
        Members = members;
        Movements = movements;
    }

    /// <summary>Per group, its cases in the order given.</summary>
    public IReadOnlyList<int[]> Members { get; }

    /// <summary>Per group, the movements its cases may take, by date.</summary>
    public IReadOnlyList<int[]> Movements { get; }

    public static CaseGroups Of(PlanningProblem problem, PlanningIndex index)
    {
        var groups = Enumerable.Range(0, problem.Cases.Count)
            .Where(c => index.Allowed[c].Length > 0)
            .GroupBy(c =>
            {
                var planned = problem.Cases[c];
                return (planned.Persons, planned.Weight, planned.PledgeId, planned.Wheelchairs, planned.NeedEscort, planned.SeriousMedical, string.Join(',', index.Allowed[c]));
            })
            .ToList();
        return new CaseGroups([.. groups.Select(g => g.ToArray())], [.. groups.Select(g => index.Allowed[g.First()])]);
    }
}
