using Passage.Core.Movements.Planning;

namespace Passage.Core.Tests.Movements.Planning;

/// <summary>Instances small enough to know the best plan, where highest priority first is not it.</summary>
public class MovementPlannerOptimalityTests
{
    private static readonly DateOnly Day = new(2027, 3, 1);
    private static readonly PlanningPledge Pledge = new(Guid.NewGuid(), "DE-2027", 1000);

    [Fact]
    public void Plan_HighPriorityFamilyTakingTheOnlyEscortFlight_IsMovedToTheLaterFlightSoTheFamilyNeedingAnEscortTravelsToo()
    {
        var withEscort = Flight("DE-1", seats: 5, escorts: 1, date: Day);
        var later = Flight("DE-2", seats: 5, escorts: 0, date: Day.AddDays(7));
        var ahmadi = Case("C-1", persons: 3, priority: 10);
        var nazari = Case("C-2", persons: 3, priority: 9, escort: 1);

        var plan = MovementPlanner.Plan(new([ahmadi, nazari], [withEscort, later], [Pledge]), new PlannerOptions(TimeSpan.FromSeconds(10)));

        plan.GreedyObjective.ShouldBe(33, "highest priority first puts the family of three on the first flight, and the family needing an escort no longer fits");
        plan.Status.ShouldBe(PlanStatus.Optimal);
        plan.Objective.ShouldBe(63);
        plan.Bound.ShouldBe(63);
        plan.Bookings.Single(b => b.CaseNumber == "C-1").MovementId.ShouldBe(later.MovementId);
        plan.Bookings.Single(b => b.CaseNumber == "C-2").MovementId.ShouldBe(withEscort.MovementId);
        plan.LeftOut.ShouldBeEmpty();
    }

    [Fact]
    public void Plan_PledgeWithRoomForOneLargeOrTwoSmallerFamilies_TakesTheTwoAndSaysThePledgeKeptTheLargeOneOut()
    {
        var pledge = new PlanningPledge(Guid.NewGuid(), "DE-small", 6);
        var plan = MovementPlanner.Plan(
            new([Case("C-1", persons: 4, priority: 10, pledge: pledge), Case("C-2", persons: 3, priority: 9, pledge: pledge), Case("C-3", persons: 3, priority: 9, pledge: pledge)], [Flight("DE-1", seats: 40)], [pledge]),
            new PlannerOptions(TimeSpan.FromSeconds(10)));

        plan.GreedyObjective.ShouldBe(44);
        plan.Status.ShouldBe(PlanStatus.Optimal);
        plan.Objective.ShouldBe(60);
        plan.Bookings.Select(b => b.CaseNumber).ShouldBe(["C-2", "C-3"], ignoreOrder: true);
        var leftOut = plan.LeftOut.Single();
        leftOut.Reason.ShouldBe(LeftOutReason.PledgePlaces);
        leftOut.Explanation.ShouldContain("DE-small");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Plan_SmallRandomOperation_FindsTheBestPlanThatTryingEveryPlanFinds(int seed)
    {
        var random = new Random(seed);
        var cases = Enumerable.Range(1, 9)
            .Select(i => Case($"C-{i}", persons: random.Next(1, 7), priority: random.Next(0, 20), escort: random.Next(4) == 0 ? 1 : 0))
            .ToList();
        PlanningMovement[] flights = [Flight("DE-1", seats: random.Next(6, 14), escorts: 1, date: Day), Flight("DE-2", seats: random.Next(6, 14), escorts: 0, date: Day.AddDays(7))];

        var plan = MovementPlanner.Plan(new(cases, flights, [Pledge]), new PlannerOptions(TimeSpan.FromSeconds(10)));

        plan.Status.ShouldBe(PlanStatus.Optimal);
        plan.Objective.ShouldBe(BestByTryingEveryPlan(cases, flights));
        plan.Bound.ShouldBe(plan.Objective);
        plan.Objective.ShouldBeGreaterThanOrEqualTo(plan.GreedyObjective);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(10_000)]
    public void Plan_AnyTimeLimit_ReportsABoundNoLowerThanThePlanAndOptimalOnlyWhenTheyMeet(int milliseconds)
    {
        var random = new Random(7);
        var cases = Enumerable.Range(1, 300)
            .Select(i => Case($"C-{i}", persons: random.Next(1, 10), priority: random.Next(0, 60), escort: random.Next(10) == 0 ? 1 : 0, earliest: Day.AddDays(random.Next(0, 30))))
            .ToList();
        var flights = Enumerable.Range(1, 12).Select(i => Flight($"DE-{i}", seats: random.Next(40, 120), escorts: random.Next(0, 3), date: Day.AddDays(3 * i))).ToList();

        var plan = MovementPlanner.Plan(new(cases, flights, [Pledge]), new PlannerOptions(TimeSpan.FromMilliseconds(milliseconds)));

        plan.Bound.ShouldBeGreaterThanOrEqualTo(plan.Objective);
        plan.Objective.ShouldBeGreaterThanOrEqualTo(plan.GreedyObjective);
        (plan.Status == PlanStatus.Optimal).ShouldBe(plan.Bound == plan.Objective);
        plan.LeftOut.Count.ShouldBe(cases.Count - plan.Bookings.Count, "every case left out is explained");
        foreach (var flight in flights)
        {
            plan.Bookings.Where(b => b.MovementId == flight.MovementId).Sum(b => b.Persons).ShouldBeLessThanOrEqualTo(flight.Seats);
        }
    }

    private static long BestByTryingEveryPlan(List<PlanningCase> cases, PlanningMovement[] flights)
    {
        var best = 0L;
        var plans = (int)Math.Pow(flights.Length + 1, cases.Count);
        for (var code = 0; code < plans; code++)
        {
            var seats = new int[flights.Length];
            var escorts = new int[flights.Length];
            var value = 0L;
            for (int c = 0, rest = code; c < cases.Count; c++, rest /= flights.Length + 1)
            {
                var m = (rest % (flights.Length + 1)) - 1;
                if (m >= 0)
                {
                    seats[m] += cases[c].Persons;
                    escorts[m] += cases[c].NeedEscort;
                    value += cases[c].Weight;
                }
            }

            if (Enumerable.Range(0, flights.Length).All(m => seats[m] <= flights[m].Seats && escorts[m] <= flights[m].EscortPlaces))
            {
                best = Math.Max(best, value);
            }
        }

        return best;
    }

    private static PlanningCase Case(string number, int persons, int priority, PlanningPledge? pledge = null, DateOnly? earliest = null, int escort = 0) =>
        new(Guid.NewGuid(), number, persons, priority, "DE", (pledge ?? Pledge).PledgeId, earliest ?? Day.AddDays(-30), NeedEscort: escort);

    private static PlanningMovement Flight(string name, int seats, DateOnly? date = null, int escorts = 0) =>
        new(Guid.NewGuid(), name, "DE", date ?? Day, seats, escorts);
}
