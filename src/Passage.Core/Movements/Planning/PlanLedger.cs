namespace Passage.Core.Movements.Planning;

/// <summary>
/// What is left on each movement and pledge as cases are booked into a plan. Every constraint of the planner is
/// checked here, once: the solver's model states the same limits as sums, and a plan it returns is booked through a
/// ledger, which refuses anything over a limit.
/// </summary>
internal sealed class PlanLedger
{
    private readonly PlanningProblem _problem;
    private readonly int[] _seats;
    private readonly int[] _escorts;
    private readonly int[] _wheelchairs;
    private readonly int[] _serious;
    private readonly Dictionary<Guid, int> _pledgePlaces;

    public PlanLedger(PlanningProblem problem)
    {
        _problem = problem;
        _seats = [.. problem.Movements.Select(m => m.Seats)];
        _escorts = [.. problem.Movements.Select(m => m.EscortPlaces)];
        _wheelchairs = [.. problem.Movements.Select(m => m.WheelchairPlaces)];
        _serious = [.. problem.Movements.Select(m => m.SeriousMedicalBooked)];
        _pledgePlaces = problem.Pledges.ToDictionary(p => p.PledgeId, p => p.PlacesLeft);
    }

    public int SeatsLeft(int movement) => _seats[movement];

    public int PledgePlacesLeft(Guid pledge) => _pledgePlaces.GetValueOrDefault(pledge);

    /// <summary>What keeps a case off a movement now, or null if it may board. Destination is not checked here: only movements to the case's country are ever offered.</summary>
    public LeftOutReason? MovementBlocks(PlanningCase planned, int movement) =>
        Blocks(planned, _problem.Movements[movement].Date, _seats[movement], _escorts[movement], _wheelchairs[movement], _serious[movement], _problem.Rules);

    /// <summary>What keeps a case off a movement even in an empty plan, or null.</summary>
    public static LeftOutReason? AlwaysBlocks(PlanningCase planned, PlanningMovement movement, PlanningRules? rules) =>
        Blocks(planned, movement.Date, movement.Seats, movement.EscortPlaces, movement.WheelchairPlaces, movement.SeriousMedicalBooked, rules);

    public bool PledgeBlocks(PlanningCase planned) => planned.Persons > PledgePlacesLeft(planned.PledgeId);

    public bool CanTake(PlanningCase planned, int movement) => MovementBlocks(planned, movement) is null && !PledgeBlocks(planned);

    public void Book(PlanningCase planned, int movement)
    {
        if (!CanTake(planned, movement))
        {
            throw new InvalidOperationException($"Case {planned.CaseNumber} does not fit on movement {_problem.Movements[movement].Name}.");
        }

        _seats[movement] -= planned.Persons;
        _escorts[movement] -= planned.NeedEscort;
        _wheelchairs[movement] -= planned.Wheelchairs;
        _serious[movement] += planned.SeriousMedical;
        _pledgePlaces[planned.PledgeId] -= planned.Persons;
    }

    private static LeftOutReason? Blocks(PlanningCase planned, DateOnly date, int seats, int escorts, int wheelchairs, int serious, PlanningRules? rules)
    {
        if (date < planned.EarliestTravel)
        {
            return LeftOutReason.EarliestTravelDate;
        }

        if (planned.Persons > seats)
        {
            return LeftOutReason.Seats;
        }

        if (planned.NeedEscort > escorts)
        {
            return LeftOutReason.EscortPlaces;
        }

        if (planned.Wheelchairs > wheelchairs)
        {
            return LeftOutReason.WheelchairPlaces;
        }

        return rules?.MaxSeriousMedicalPerMovement is int max && planned.SeriousMedical > 0 && serious + planned.SeriousMedical > max
            ? LeftOutReason.SeriousMedicalRule
            : null;
    }
}
