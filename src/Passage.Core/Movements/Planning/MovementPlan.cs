namespace Passage.Core.Movements.Planning;

/// <summary>
/// A proposed plan. <see cref="Objective"/> is the priority-weighted persons it moves (see <see cref="PlanningCase.Weight"/>);
/// <see cref="Bound"/> is the solver's proof that no plan can do better than it, so a plan is optimal when the two meet.
/// <see cref="GreedyObjective"/> is what booking the highest priority first would have moved, for comparison.
/// </summary>
public sealed record MovementPlan(
    PlanStatus Status,
    long Objective,
    long Bound,
    long GreedyObjective,
    TimeSpan SolveTime,
    IReadOnlyList<ProposedBooking> Bookings,
    IReadOnlyList<LeftOutCase> LeftOut)
{
    public int PersonsMoved => Bookings.Sum(b => b.Persons);

    /// <summary>How far the plan may be from the best one, as a share of the bound (0 when optimal).</summary>
    public double Gap => Bound == 0 ? 0 : (double)(Bound - Objective) / Bound;
}

public enum PlanStatus
{
    /// <summary>No plan moves more priority-weighted people.</summary>
    Optimal,

    /// <summary>The best plan found in the time given; <see cref="MovementPlan.Gap"/> says how far it may be from the best.</summary>
    Feasible,
}

/// <summary>A case on a movement, as proposed; nothing is booked until a movement officer accepts the plan.</summary>
public sealed record ProposedBooking(Guid CaseId, string CaseNumber, Guid MovementId, int Persons);

/// <summary>A case the plan does not book, with the constraint that kept it out in words.</summary>
public sealed record LeftOutCase(Guid CaseId, string CaseNumber, LeftOutReason Reason, string Explanation);

public enum LeftOutReason
{
    /// <summary>No open movement goes to the case's receiving country.</summary>
    NoMovementToCountry,

    /// <summary>Every movement to the country leaves before the case may travel.</summary>
    EarliestTravelDate,

    /// <summary>The family does not fit in the seats left (it travels whole or not at all).</summary>
    Seats,

    /// <summary>Not enough medical escort places left.</summary>
    EscortPlaces,

    /// <summary>Not enough wheelchair places left.</summary>
    WheelchairPlaces,

    /// <summary>The rule on persons with serious medical needs per movement.</summary>
    SeriousMedicalRule,

    /// <summary>Not enough places left on the case's pledge.</summary>
    PledgePlaces,

    /// <summary>It would fit, but the solver stopped before it placed it (only in a plan that is not optimal).</summary>
    NotChosen,
}
