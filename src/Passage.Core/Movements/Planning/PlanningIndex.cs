namespace Passage.Core.Movements.Planning;

/// <summary>
/// The movements each case may ever take: to its receiving country, on or after its earliest travel date, with room for
/// the whole family and its needs in an empty plan. Movements are listed by date, so the earliest comes first.
/// </summary>
internal sealed class PlanningIndex
{
    public PlanningIndex(PlanningProblem problem)
    {
        var unknown = problem.Cases.Select(c => c.PledgeId).Except(problem.Pledges.Select(p => p.PledgeId)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Cases name {unknown.Count} pledge(s) the problem does not list.", nameof(problem));
        }

        if (problem.Cases.Any(c => c.Persons < 1 || c.Priority < 0 || c.Wheelchairs < 0 || c.NeedEscort < 0 || c.SeriousMedical < 0))
        {
            throw new ArgumentException("Every case needs at least one person and no negative counts.", nameof(problem));
        }

        var byDate = Enumerable.Range(0, problem.Movements.Count).OrderBy(m => problem.Movements[m].Date).ThenBy(m => m).ToList();
        var toCountry = byDate.ToLookup(m => problem.Movements[m].DestinationCountry, StringComparer.OrdinalIgnoreCase);
        ToCountry = [.. problem.Cases.Select(c => toCountry[c.ReceivingCountry].ToArray())];
        var pledges = problem.Pledges.ToDictionary(p => p.PledgeId);
        Allowed = [.. problem.Cases.Select((c, i) => c.Persons > pledges[c.PledgeId].PlacesLeft
            ? []
            : ToCountry[i].Where(m => PlanLedger.AlwaysBlocks(c, problem.Movements[m], problem.Rules) is null).ToArray())];
    }

    /// <summary>Per case, the movements to its receiving country, by date.</summary>
    public int[][] ToCountry { get; }

    /// <summary>Per case, the movements it may take in an empty plan, by date.</summary>
    public int[][] Allowed { get; }
}
