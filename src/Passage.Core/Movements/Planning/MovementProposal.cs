namespace Passage.Core.Movements.Planning;

/// <summary>
/// The planner's proposal as a movement officer reads it: per open movement the cases it would carry and the seats they
/// use, whether the plan is optimal (and how far it may be from the best when it is not), the greedy baseline's value, and
/// each case left out with the constraint that kept it out. Nothing is booked until the officer accepts it.
/// </summary>
public sealed record MovementProposal(
    DateTimeOffset ProposedAt,
    PlanStatus Status,
    long Value,
    long Bound,
    double Gap,
    long GreedyValue,
    int? MaxSeriousMedicalPerMovement,
    IReadOnlyList<ProposedMovement> Movements,
    IReadOnlyList<LeftOutCaseView> LeftOut)
{
    public int PersonsMoved => Movements.Sum(m => m.SeatsUsed);

    public int CasesBooked => Movements.Sum(m => m.Cases.Count);
}

/// <summary>An open movement with the seats free before the plan and the cases the plan puts on it.</summary>
public sealed record ProposedMovement(MovementSummary Movement, IReadOnlyList<ProposedCase> Cases)
{
    public int SeatsFree => Movement.Seats - Movement.Booked;

    public int SeatsUsed => Cases.Sum(c => c.Persons);
}

/// <summary>A cleared, accepted case as the planner weighs it: its persons, priority score, needs and earliest travel date.</summary>
public sealed record ProposedCase(
    Guid CaseId, string CaseNumber, string ReceivingCountry, int Persons, int Priority, int Escorts, int Wheelchairs, int SeriousMedical, DateOnly EarliestTravel);

/// <summary>A case the plan leaves out, with the constraint that kept it out.</summary>
public sealed record LeftOutCaseView(ProposedCase Case, LeftOutReason Reason, string Explanation);

/// <summary>One booking of an accepted plan: the case, the movement, and the movement's version when the plan was proposed.</summary>
public sealed record PlannedBooking(Guid MovementId, long MovementVersion, Guid CaseId);

/// <summary>What accepting a plan booked.</summary>
public sealed record PlanAccepted(int Cases, int Persons, int Movements);

/// <summary>Labels of <see cref="LeftOutReason"/> for people.</summary>
public static class LeftOutReasons
{
    public static string Label(LeftOutReason reason) => reason switch
    {
        LeftOutReason.NoMovementToCountry => "No movement to the country",
        LeftOutReason.EarliestTravelDate => "Earliest travel date",
        LeftOutReason.Seats => "Seats",
        LeftOutReason.EscortPlaces => "Medical escort places",
        LeftOutReason.WheelchairPlaces => "Wheelchair places",
        LeftOutReason.SeriousMedicalRule => "Serious medical needs per movement",
        LeftOutReason.PledgePlaces => "Pledge places",
        LeftOutReason.NotChosen => "Not chosen",
        _ => reason.ToString(),
    };
}
