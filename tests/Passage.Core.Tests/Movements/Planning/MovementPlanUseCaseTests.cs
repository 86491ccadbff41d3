using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Movements;
using Passage.Core.Movements.Planning;
using Passage.Core.Pledges;
using Passage.Core.Tests.Pledges;
using Passage.Testing;

namespace Passage.Core.Tests.Movements.Planning;

/// <summary>The planner as a movement officer uses it: a proposal built from the database, and accepting it all or nothing.</summary>
public class MovementPlanUseCaseTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Propose_TwoClearedFamiliesAndSeatsForOne_ProposesTheHigherPriorityFamilyAndSaysWhyTheOtherIsLeftOut(DatabaseProvider provider)
    {
        using var scene = MovementScene.Create(provider);
        var pledge = await scene.Resettlement.PledgeAsync("DE", 20);
        var (moradi, _) = await MoradiAsync(scene, pledge);
        var (rezaei, _) = await scene.FamilyAsync(pledge);
        var waiting = await scene.Resettlement.ReadyFamilyAsync("Karimi", "کریمی");
        await scene.Resettlement.DecideAsync(await scene.Resettlement.ReferAndSubmitAsync(waiting.CaseId, pledge.Id), DecisionOutcome.Accepted, "DE");
        var toGermany = await scene.PlanAsync("DE", seats: 4, escorts: 1, wheelchairs: 1);
        var toAlbania = await scene.PlanAsync("AL", seats: 10);

        var proposal = (await ProposeAsync(scene)).Value;

        proposal.Status.ShouldBe(PlanStatus.Optimal);
        var germany = proposal.Movements.Single(m => m.Movement.Id == toGermany.Id);
        germany.Cases.Select(c => c.CaseId).ShouldBe([moradi]);
        (germany.SeatsFree, germany.SeatsUsed).ShouldBe((4, 3));
        germany.Cases.Single().Priority.ShouldBe(90, "serious medical 30, disability 20, two older persons 15 each, family ties in a pledging country 10");
        proposal.Movements.Single(m => m.Movement.Id == toAlbania.Id).Cases.ShouldBeEmpty();
        var left = proposal.LeftOut.ShouldHaveSingleItem();
        (left.Case.CaseId, left.Reason).ShouldBe((rezaei, LeftOutReason.Seats));
        left.Explanation.ShouldContain("The plan gives the free seats on the movements the case may take (Iraqi Airways IA 231) to other cases");
        proposal.Movements.SelectMany(m => m.Cases).Select(c => c.CaseId).Concat(proposal.LeftOut.Select(l => l.Case.CaseId))
            .ShouldNotContain(waiting.CaseId, "a case accepted but not cleared is not planned");
        (await scene.CaseStatusAsync(moradi)).ShouldBe(CaseStatus.Cleared, "a proposal books nothing");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Propose_NoPersonWithSeriousMedicalNeedsAllowed_LeavesThatCaseOutByTheRule(DatabaseProvider provider)
    {
        using var scene = MovementScene.Create(provider);
        var pledge = await scene.Resettlement.PledgeAsync("DE", 20);
        var (moradi, _) = await MoradiAsync(scene, pledge);
        var (rezaei, _) = await scene.FamilyAsync(pledge);
        await scene.PlanAsync("DE", seats: 10, escorts: 1, wheelchairs: 1);

        var proposal = (await ProposeAsync(scene, maxSeriousMedical: 0)).Value;

        proposal.Movements.Single().Cases.Select(c => c.CaseId).ShouldBe([rezaei]);
        var left = proposal.LeftOut.ShouldHaveSingleItem();
        (left.Case.CaseId, left.Reason).ShouldBe((moradi, LeftOutReason.SeriousMedicalRule));
        proposal.MaxSeriousMedicalPerMovement.ShouldBe(0);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Accept_WholeProposal_BooksEveryCaseThroughTheBookingRulesAndAuditsIt(DatabaseProvider provider)
    {
        using var scene = MovementScene.Create(provider);
        var (moradi, rezaei, movement, proposal) = await ProposedAsync(scene, seats: 10);

        var accepted = await AcceptAsync(scene, Kept(proposal));

        accepted.Succeeded.ShouldBeTrue(accepted.Problem?.Detail);
        accepted.Value.ShouldBe(new PlanAccepted(Cases: 2, Persons: 7, Movements: 1));
        (await scene.CaseStatusAsync(moradi)).ShouldBe(CaseStatus.Booked);
        (await scene.CaseStatusAsync(rezaei)).ShouldBe(CaseStatus.Booked);
        var seats = await scene.SeatsAsync(movement.Id);
        (seats.Booked, seats.EscortsBooked, seats.WheelchairsBooked).ShouldBe((7, 1, 1));
        await using var db = scene.Context();
        (await db.AuditEntries.AnyAsync(e => e.EntityType == "MovementPlan" && e.Action == AuditAction.Created && e.Detail!.StartsWith("plan accepted: 2 case(s)"))).ShouldBeTrue();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Accept_ProposalEditedToOneCase_BooksOnlyTheCaseKept(DatabaseProvider provider)
    {
        using var scene = MovementScene.Create(provider);
        var (moradi, rezaei, movement, proposal) = await ProposedAsync(scene, seats: 10);

        var accepted = await AcceptAsync(scene, Kept(proposal).Where(b => b.CaseId == moradi).ToList());

        accepted.Value.Cases.ShouldBe(1);
        (await scene.CaseStatusAsync(moradi)).ShouldBe(CaseStatus.Booked);
        (await scene.CaseStatusAsync(rezaei)).ShouldBe(CaseStatus.Cleared);
        (await scene.SeatsAsync(movement.Id)).Booked.ShouldBe(3);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Accept_CaseBookedSinceTheProposal_BooksNothingAndSaysWhatChanged(DatabaseProvider provider)
    {
        using var scene = MovementScene.Create(provider);
        var (moradi, rezaei, movement, proposal) = await ProposedAsync(scene, seats: 10);
        (await scene.BookAsync(movement.Id, rezaei)).Succeeded.ShouldBeTrue();

        var refused = await AcceptAsync(scene, Kept(proposal));

        refused.Problem!.Kind.ShouldBe(ProblemKind.Refused);
        refused.Problem.Detail!.ShouldStartWith("Nothing was booked: the situation changed since the proposal.");
        refused.Problem.Detail!.ShouldContain($"Case {CaseNumber(proposal, rezaei)} is booked already, on Iraqi Airways IA 231");
        (await scene.CaseStatusAsync(moradi)).ShouldBe(CaseStatus.Cleared);
        (await scene.SeatsAsync(movement.Id)).Booked.ShouldBe(4, "only the booking made outside the plan");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Accept_MovementChangedSinceTheProposal_BooksNothingAndNamesTheMovement(DatabaseProvider provider)
    {
        using var scene = MovementScene.Create(provider);
        var pledge = await scene.Resettlement.PledgeAsync("DE", 20);
        var (moradi, _) = await MoradiAsync(scene, pledge);
        var movement = await scene.PlanAsync("DE", seats: 10, escorts: 1, wheelchairs: 1);
        var proposal = (await ProposeAsync(scene)).Value;
        (await scene.CancelAsync(movement.Id, "The carrier withdrew the aircraft")).Succeeded.ShouldBeTrue();

        var refused = await AcceptAsync(scene, Kept(proposal));

        refused.Problem!.Detail!.ShouldContain("Movement Iraqi Airways IA 231 of 2026-11-30 was changed since the proposal; it is cancelled now.");
        (await scene.CaseStatusAsync(moradi)).ShouldBe(CaseStatus.Cleared);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Accept_SeatsTakenSinceTheProposal_RollsBackTheBookingsAlreadyMade(DatabaseProvider provider)
    {
        using var scene = MovementScene.Create(provider);
        var (moradi, rezaei, movement, proposal) = await ProposedAsync(scene, seats: 7);
        var pledge = await PledgeAsync(scene);
        Kept(proposal).Count.ShouldBe(2);
        var (latecomer, _) = await scene.ClearedCaseAsync(pledge, ResettlementScene.Details("Leila", "Karimi", "1990-05-05", "لیلا", "کریمی", "Female"));
        (await scene.BookAsync(movement.Id, latecomer)).Succeeded.ShouldBeTrue();

        var refused = await AcceptAsync(scene, Kept(proposal));

        refused.Problem!.Kind.ShouldBe(ProblemKind.Refused);
        refused.Problem.Detail!.ShouldContain("seat(s) left for");
        (await scene.CaseStatusAsync(moradi)).ShouldBe(CaseStatus.Cleared);
        (await scene.CaseStatusAsync(rezaei)).ShouldBe(CaseStatus.Cleared);
        (await scene.SeatsAsync(movement.Id)).Booked.ShouldBe(1, "the case booked first in the plan was rolled back with the rest");
        await using var db = scene.Context();
        (await db.Bookings.CountAsync()).ShouldBe(1);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ProposeAndAccept_NotAMovementOfficer_AreNotFound(DatabaseProvider provider)
    {
        using var scene = MovementScene.Create(provider);
        var pledge = await scene.Resettlement.PledgeAsync("DE", 20);
        var (moradi, _) = await MoradiAsync(scene, pledge);
        var movement = await scene.PlanAsync("DE", seats: 10, escorts: 1, wheelchairs: 1);
        var delegate_ = scene.As(Roles.CountryDelegate, "DE");

        (await ProposeAsync(scene, actor: delegate_)).Problem!.Kind.ShouldBe(ProblemKind.NotFound);
        (await AcceptAsync(scene, [new PlannedBooking(movement.Id, movement.Version, moradi)], delegate_)).Problem!.Kind.ShouldBe(ProblemKind.NotFound);
        (await scene.CaseStatusAsync(moradi)).ShouldBe(CaseStatus.Cleared);
    }

    /// <summary>The Moradi family (three, one with serious medical needs, one using a wheelchair) and the Rezaei family (four), both cleared for DE, a movement to DE and the proposal.</summary>
    private static async Task<(Guid Moradi, Guid Rezaei, Movement Movement, MovementProposal Proposal)> ProposedAsync(MovementScene scene, int seats)
    {
        var pledge = await PledgeAsync(scene);
        var (moradi, _) = await MoradiAsync(scene, pledge);
        var (rezaei, _) = await scene.FamilyAsync(pledge);
        var movement = await scene.PlanAsync("DE", seats, escorts: 1, wheelchairs: 1);
        return (moradi, rezaei, movement, (await ProposeAsync(scene)).Value);
    }

    private static async Task<Pledge> PledgeAsync(MovementScene scene)
    {
        await using var db = scene.Context();
        return await db.Pledges.AsNoTracking().SingleOrDefaultAsync() ?? await scene.Resettlement.PledgeAsync("DE", 20);
    }

    private static Task<(Guid CaseId, IReadOnlyList<Core.Registry.Person> Members)> MoradiAsync(MovementScene scene, Pledge pledge) =>
        scene.ClearedCaseAsync(pledge,
            ResettlementScene.Details("Kazem", "Moradi", "1955", "کاظم", "مرادی", "Male", "SM"),
            ResettlementScene.Details("Maryam", "Moradi", "1960-02", "مریم", "مرادی", "Female", "DS"),
            ResettlementScene.Details("Reza", "Moradi", "1990", "رضا", "مرادی", "Male"));

    private static async Task<Result<MovementProposal>> ProposeAsync(MovementScene scene, int? maxSeriousMedical = null, Actor? actor = null)
    {
        actor ??= scene.As(Roles.Movement);
        await using var db = scene.Context();
        return await new ProposeMovementPlan(db, actor, new AuditLog(db, actor, scene.Resettlement.Clock), scene.Resettlement.Clock).ExecuteAsync(maxSeriousMedical);
    }

    private static async Task<Result<PlanAccepted>> AcceptAsync(MovementScene scene, IReadOnlyList<PlannedBooking> bookings, Actor? actor = null)
    {
        actor ??= scene.As(Roles.Movement);
        await using var db = scene.Context();
        var clock = scene.Resettlement.Clock;
        return await new AcceptMovementPlan(db, actor, scene.Book(db, actor), scene.Changes(db, actor), new AuditLog(db, actor, clock), clock).ExecuteAsync(bookings);
    }

    private static List<PlannedBooking> Kept(MovementProposal proposal) =>
        proposal.Movements.SelectMany(m => m.Cases.Select(c => new PlannedBooking(m.Movement.Id, m.Movement.Version, c.CaseId))).ToList();

    private static string CaseNumber(MovementProposal proposal, Guid caseId) =>
        proposal.Movements.SelectMany(m => m.Cases).Concat(proposal.LeftOut.Select(l => l.Case)).Single(c => c.CaseId == caseId).CaseNumber;
}
