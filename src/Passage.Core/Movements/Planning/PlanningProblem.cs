namespace Passage.Core.Movements.Planning;

/// <summary>
/// What the planner is given: cases that may be booked (cleared and accepted), the open movements with their free
/// capacity, the pledges with the places they have left, and optional rules. The planner reads nothing else.
/// </summary>
public sealed record PlanningProblem(
    IReadOnlyList<PlanningCase> Cases,
    IReadOnlyList<PlanningMovement> Movements,
    IReadOnlyList<PlanningPledge> Pledges,
    PlanningRules? Rules = null);

/// <summary>
/// A case to place: it travels whole on one movement or not at all. <paramref name="Priority"/> is its priority score
/// (0 or more); <paramref name="Wheelchairs"/>, <paramref name="NeedEscort"/> and <paramref name="SeriousMedical"/>
/// count its persons who use a wheelchair, who need a medical escort and who have a serious medical condition.
/// </summary>
public sealed record PlanningCase(
    Guid CaseId,
    string CaseNumber,
    int Persons,
    int Priority,
    string ReceivingCountry,
    Guid PledgeId,
    DateOnly EarliestTravel,
    int Wheelchairs = 0,
    int NeedEscort = 0,
    int SeriousMedical = 0)
{
    /// <summary>What booking the case adds to the plan's value: its persons, each counted by the case's priority score plus one, so a case without priority points still counts for its people.</summary>
    public long Weight => (long)Persons * (Priority + 1L);
}

/// <summary>
/// An open movement. <paramref name="Seats"/>, <paramref name="EscortPlaces"/> and <paramref name="WheelchairPlaces"/>
/// are what is still free; <paramref name="SeriousMedicalBooked"/> counts persons with a serious medical condition
/// already booked on it, for <see cref="PlanningRules.MaxSeriousMedicalPerMovement"/>.
/// </summary>
public sealed record PlanningMovement(
    Guid MovementId,
    string Name,
    string DestinationCountry,
    DateOnly Date,
    int Seats,
    int EscortPlaces = 0,
    int WheelchairPlaces = 0,
    int SeriousMedicalBooked = 0);

/// <summary>A pledge and the places it has left for the cases referred under it.</summary>
public sealed record PlanningPledge(Guid PledgeId, string Name, int PlacesLeft);

/// <summary>Rules an operation may choose to add; a null rule does not apply.</summary>
public sealed record PlanningRules(int? MaxSeriousMedicalPerMovement = null);

/// <summary>
/// How long the solver may search, how close to its bound a plan must be for it to stop early (0: prove optimal), and how
/// many independent parts of the plan are solved at once (0: one per processor).
/// </summary>
public sealed record PlannerOptions(TimeSpan TimeLimit, double RelativeGapLimit = 0, int Workers = 0)
{
    public static PlannerOptions Default { get; } = new(TimeSpan.FromSeconds(30));
}
