namespace Passage.Core.Movements.Planning;

/// <summary>
/// Says, for a case the plan leaves out, which constraint kept it out: first what would keep it out of any plan (no
/// movement to its country, none late enough, a family or needs larger than any movement it could take, a pledge too
/// small), then what the plan's other bookings have used up on the movements it could have taken.
/// </summary>
internal static class LeftOutExplanation
{
    public static LeftOutCase Explain(PlanningProblem problem, PlanningIndex index, PlanLedger ledger, int c, bool optimal)
    {
        var planned = problem.Cases[c];
        var pledge = problem.Pledges.Single(p => p.PledgeId == planned.PledgeId);
        var toCountry = index.ToCountry[c];
        if (toCountry.Length == 0)
        {
            return Left(planned, LeftOutReason.NoMovementToCountry, $"No open movement goes to {planned.ReceivingCountry}.");
        }

        var alwaysBlocked = toCountry.Select(m => PlanLedger.AlwaysBlocks(planned, problem.Movements[m], problem.Rules)).ToList();
        if (alwaysBlocked.All(r => r == LeftOutReason.EarliestTravelDate))
        {
            return Left(planned, LeftOutReason.EarliestTravelDate, $"Every movement to {planned.ReceivingCountry} leaves before {planned.EarliestTravel:yyyy-MM-dd}, the earliest date the case may travel.");
        }

        if (alwaysBlocked.All(r => r is not null))
        {
            var reason = MostCommon(alwaysBlocked.Where(r => r != LeftOutReason.EarliestTravelDate).Cast<LeftOutReason>());
            return Left(planned, reason, $"{Needs(planned, reason)} more than any movement to {planned.ReceivingCountry} it may take has {Room(reason)}; a case travels whole or not at all.");
        }

        if (planned.Persons > pledge.PlacesLeft)
        {
            return Left(planned, LeftOutReason.PledgePlaces, $"Pledge {pledge.Name} has {pledge.PlacesLeft} place(s) left for the case's {planned.Persons} persons.");
        }

        if (ledger.PledgeBlocks(planned))
        {
            return Left(planned, LeftOutReason.PledgePlaces, $"The plan gives the places left on pledge {pledge.Name} to other cases; {ledger.PledgePlacesLeft(pledge.PledgeId)} remain for the case's {planned.Persons} persons.");
        }

        var full = index.Allowed[c].Select(m => (Movement: m, Reason: ledger.MovementBlocks(planned, m))).ToList();
        if (full.All(x => x.Reason is not null))
        {
            var reason = MostCommon(full.Select(x => x.Reason!.Value));
            var names = string.Join(", ", full.Where(x => x.Reason == reason).Select(x => problem.Movements[x.Movement].Name));
            return Left(planned, reason, $"The plan gives the {Room(reason)} on the movements the case may take ({names}) to other cases: {Needs(planned, reason)} more than is left.");
        }

        return Left(planned, LeftOutReason.NotChosen, optimal
            ? "It would still fit, but booking it adds nothing to the plan's priority-weighted total."
            : "It would still fit; the solver stopped (at its time limit, or close enough to the best) before placing it.");
    }

    private static LeftOutCase Left(PlanningCase planned, LeftOutReason reason, string explanation) => new(planned.CaseId, planned.CaseNumber, reason, explanation);

    private static LeftOutReason MostCommon(IEnumerable<LeftOutReason> reasons) =>
        reasons.GroupBy(r => r).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;

    private static string Room(LeftOutReason reason) => reason switch
    {
        LeftOutReason.Seats => "free seats",
        LeftOutReason.EscortPlaces => "medical escort places",
        LeftOutReason.WheelchairPlaces => "wheelchair places",
        LeftOutReason.SeriousMedicalRule => "room under the limit on persons with serious medical needs per movement",
        _ => "room",
    };

    private static string Needs(PlanningCase planned, LeftOutReason reason) => reason switch
    {
        LeftOutReason.Seats => $"Its {planned.Persons} persons need",
        LeftOutReason.EscortPlaces => $"Its {planned.NeedEscort} person(s) needing a medical escort need",
        LeftOutReason.WheelchairPlaces => $"Its {planned.Wheelchairs} wheelchair user(s) need",
        LeftOutReason.SeriousMedicalRule => $"Its {planned.SeriousMedical} person(s) with serious medical needs need",
        _ => "It needs",
    };
}
