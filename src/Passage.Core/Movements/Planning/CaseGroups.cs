namespace Passage.Core.Movements.Planning;

/// <summary>
/// Cases that are interchangeable for the plan — same persons, weight, pledge, needs and movements they may take — in
/// one group, so the solver counts how many of a group go on each movement instead of telling apart cases no constraint
/// tells apart. A plan by counts is as good as any plan by cases, and far quicker to prove best.
/// </summary>
internal sealed class CaseGroups
{
    private CaseGroups(IReadOnlyList<int[]> members, IReadOnlyList<int[]> movements, IReadOnlyList<int[]> components)
    {
        Members = members;
        Movements = movements;
        Components = components;
    }

    /// <summary>Per group, its cases in the order given.</summary>
    public IReadOnlyList<int[]> Members { get; }

    /// <summary>Per group, the movements its cases may take, by date.</summary>
    public IReadOnlyList<int[]> Movements { get; }

    /// <summary>
    /// The groups that share no movement and no pledge with groups outside their component, largest first: usually one
    /// per receiving country. Components are solved apart; the best plan is the best plan of each.
    /// </summary>
    public IReadOnlyList<int[]> Components { get; }

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
        var movements = groups.Select(g => index.Allowed[g.First()]).ToList();
        var pledges = problem.Pledges.Select((p, i) => (p.PledgeId, i)).ToDictionary(x => x.PledgeId, x => x.i);
        var parent = Enumerable.Range(0, groups.Count + problem.Movements.Count + pledges.Count).ToArray();
        int Root(int node) => parent[node] == node ? node : parent[node] = Root(parent[node]);
        void Join(int a, int b) => parent[Root(a)] = Root(b);
        for (var g = 0; g < groups.Count; g++)
        {
            Join(g, groups.Count + problem.Movements.Count + pledges[problem.Cases[groups[g].First()].PledgeId]);
            foreach (var m in movements[g])
            {
                Join(g, groups.Count + m);
            }
        }

        var components = Enumerable.Range(0, groups.Count).GroupBy(Root).Select(c => c.ToArray()).OrderByDescending(c => c.Length).ToList();
        return new CaseGroups([.. groups.Select(g => g.ToArray())], movements, components);
    }
}
