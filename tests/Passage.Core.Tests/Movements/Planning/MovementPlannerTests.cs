using Passage.Core.Movements.Planning;

namespace Passage.Core.Tests.Movements.Planning;

public class MovementPlannerTests
{
    private static readonly DateOnly Day = new(2027, 3, 1);
    private static readonly PlanningPledge Germany = new(Guid.NewGuid(), "DE-2027", 1000);
    private static readonly PlanningPledge Albania = new(Guid.NewGuid(), "AL-2027", 1000);

    [Fact]
    public void Plan_SeatsForOneLargeOrTwoSmallerFamilies_TakesTheTwoThatMoveMorePriorityWeightedPeople()
    {
        var hosseini = Case("C-1", persons: 4, priority: 10);
        var rezaei = Case("C-2", persons: 3, priority: 9);
        var karimi = Case("C-3", persons: 3, priority: 9);

        var plan = Plan([hosseini, rezaei, karimi], [Flight("DE-1", seats: 6)]);

        plan.Status.ShouldBe(PlanStatus.Optimal);
        Booked(plan).ShouldBe(["C-2", "C-3"], ignoreOrder: true);
        plan.Objective.ShouldBe(60);
        plan.Bound.ShouldBe(60);
        plan.GreedyObjective.ShouldBe(44, "highest priority first books the family of four and then nobody fits");
        plan.PersonsMoved.ShouldBe(6);
        Reason(plan, "C-1").ShouldBe(LeftOutReason.Seats);
        plan.LeftOut.Single().Explanation.ShouldContain("DE-1");
    }

    [Fact]
    public void Plan_FamilyLargerThanTheSeatsLeft_IsNotSplitAndASmallerCaseTakesTheSeats()
    {
        var plan = Plan([Case("C-1", persons: 7, priority: 50), Case("C-2", persons: 1, priority: 1)], [Flight("DE-1", seats: 6)]);

        plan.Status.ShouldBe(PlanStatus.Optimal);
        Booked(plan).ShouldBe(["C-2"]);
        Reason(plan, "C-1").ShouldBe(LeftOutReason.Seats);
        plan.LeftOut.Single().Explanation.ShouldContain("travels whole");
    }

    [Fact]
    public void Plan_CaseForACountryNoMovementGoesTo_IsLeftOutAndOthersGoToTheirOwnCountry()
    {
        var toGermany = Case("C-1", persons: 2, priority: 5);
        var toAlbania = Case("C-2", persons: 2, priority: 1, country: "AL", pledge: Albania);

        var plan = Plan([toGermany, toAlbania], [Flight("AL-1", seats: 10, country: "AL")]);

        plan.Bookings.Single().ShouldBe(new ProposedBooking(toAlbania.CaseId, "C-2", plan.Bookings.Single().MovementId, 2));
        Reason(plan, "C-1").ShouldBe(LeftOutReason.NoMovementToCountry);
    }

    [Fact]
    public void Plan_CaseThatMayNotTravelYet_GoesOnlyOnALaterMovement()
    {
        var early = Flight("DE-early", seats: 10, date: Day);
        var late = Flight("DE-late", seats: 10, date: Day.AddDays(14));
        var waiting = Case("C-1", persons: 2, priority: 5, earliest: Day.AddDays(7));

        Plan([waiting], [early]).LeftOut.Single().Reason.ShouldBe(LeftOutReason.EarliestTravelDate);
        Plan([waiting], [early, late]).Bookings.Single().MovementId.ShouldBe(late.MovementId);
    }

    [Fact]
    public void Plan_OneMedicalEscortPlace_CarriesOnlyOneCaseNeedingAnEscort()
    {
        var plan = Plan(
            [Case("C-1", persons: 2, priority: 3, escort: 1), Case("C-2", persons: 2, priority: 8, escort: 1), Case("C-3", persons: 2, priority: 1)],
            [Flight("DE-1", seats: 20, escorts: 1)]);

        plan.Status.ShouldBe(PlanStatus.Optimal);
        Booked(plan).ShouldBe(["C-2", "C-3"], ignoreOrder: true);
        Reason(plan, "C-1").ShouldBe(LeftOutReason.EscortPlaces);
    }

    [Fact]
    public void Plan_WheelchairPlaces_LimitCasesWithWheelchairUsers()
    {
        var plan = Plan(
            [Case("C-1", persons: 3, priority: 2, wheelchairs: 2), Case("C-2", persons: 1, priority: 9, wheelchairs: 1), Case("C-3", persons: 4, priority: 0, wheelchairs: 3)],
            [Flight("DE-1", seats: 20, wheelchairs: 2)]);

        plan.Status.ShouldBe(PlanStatus.Optimal);
        Booked(plan).ShouldBe(["C-2"], "one person at priority 9 weighs 10, three at priority 2 weigh 9, and both need three places");
        Reason(plan, "C-1").ShouldBe(LeftOutReason.WheelchairPlaces);
        Reason(plan, "C-3").ShouldBe(LeftOutReason.WheelchairPlaces);
        plan.LeftOut.Single(l => l.CaseNumber == "C-3").Explanation.ShouldContain("more than any movement");
    }

    [Fact]
    public void Plan_PledgeWithFewPlacesLeft_BooksOnlyWhatThePledgeHasRoomFor()
    {
        var small = new PlanningPledge(Guid.NewGuid(), "DE-small", 4);
        var plan = Plan(
            [Case("C-1", persons: 3, priority: 4, pledge: small), Case("C-2", persons: 3, priority: 6, pledge: small), Case("C-3", persons: 5, priority: 9, pledge: small)],
            [Flight("DE-1", seats: 50)],
            [small]);

        plan.Status.ShouldBe(PlanStatus.Optimal);
        Booked(plan).ShouldBe(["C-2"]);
        Reason(plan, "C-1").ShouldBe(LeftOutReason.PledgePlaces);
        Reason(plan, "C-3").ShouldBe(LeftOutReason.PledgePlaces);
        plan.LeftOut.Single(l => l.CaseNumber == "C-3").Explanation.ShouldContain("has 4 place(s) left");
    }

    [Fact]
    public void Plan_RuleOnSeriousMedicalNeedsPerMovement_SpreadsThemOverMovementsOrLeavesOneOut()
    {
        TestCase[] cases = [Case("C-1", persons: 2, priority: 5, serious: 1), Case("C-2", persons: 2, priority: 4, serious: 1)];
        var rule = new PlanningRules(MaxSeriousMedicalPerMovement: 1);
        var first = Flight("DE-1", seats: 10);
        var second = Flight("DE-2", seats: 10, date: Day.AddDays(3));

        Plan(cases, [first]).Bookings.Count.ShouldBe(2, "without the rule both fit");
        var one = Plan(cases, [first], rules: rule);
        Booked(one).ShouldBe(["C-1"]);
        Reason(one, "C-2").ShouldBe(LeftOutReason.SeriousMedicalRule);
        var two = Plan(cases, [first, second], rules: rule);
        two.Bookings.Select(b => b.MovementId).ShouldBe([first.MovementId, second.MovementId], ignoreOrder: true);
    }

    private sealed record TestCase(string Number, int Persons, int Priority, string Country, PlanningPledge Pledge, DateOnly Earliest, int Wheelchairs, int Escort, int Serious)
    {
        public Guid CaseId { get; } = Guid.NewGuid();

        public PlanningCase ToPlanning() => new(CaseId, Number, Persons, Priority, Country, Pledge.PledgeId, Earliest, Wheelchairs, Escort, Serious);
    }

    private static TestCase Case(string number, int persons, int priority, string country = "DE", PlanningPledge? pledge = null, DateOnly? earliest = null, int wheelchairs = 0, int escort = 0, int serious = 0) =>
        new(number, persons, priority, country, pledge ?? Germany, earliest ?? Day.AddDays(-30), wheelchairs, escort, serious);

    private static PlanningMovement Flight(string name, int seats, string country = "DE", DateOnly? date = null, int escorts = 0, int wheelchairs = 0) =>
        new(Guid.NewGuid(), name, country, date ?? Day, seats, escorts, wheelchairs);

    private static MovementPlan Plan(IEnumerable<TestCase> cases, IReadOnlyList<PlanningMovement> movements, IReadOnlyList<PlanningPledge>? pledges = null, PlanningRules? rules = null) =>
        MovementPlanner.Plan(new([.. cases.Select(c => c.ToPlanning())], movements, pledges ?? [Germany, Albania], rules), new PlannerOptions(TimeSpan.FromSeconds(10)));

    private static List<string> Booked(MovementPlan plan) => [.. plan.Bookings.Select(b => b.CaseNumber)];

    private static LeftOutReason Reason(MovementPlan plan, string number) => plan.LeftOut.Single(l => l.CaseNumber == number).Reason;
}
