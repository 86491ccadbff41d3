using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Movements;
using Passage.Core.Pledges;
using Passage.Core.Tests.Pledges;
using Passage.Testing;

namespace Passage.Core.Tests.Movements;

public class BookingTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task BookCase_ClearedFamily_BooksEveryMemberMovesTheCaseAndCountsEscortAndWheelchairNeeds(DatabaseProvider provider)
    {
        using var scene = MovementScene.Create(provider);
        var pledge = await scene.Resettlement.PledgeAsync("DE", 20);
        var (caseId, members) = await scene.ClearedCaseAsync(pledge,
            ResettlementScene.Details("Kazem", "Moradi", "1955", "کاظم", "مرادی", "Male", "SM"),
            ResettlementScene.Details("Maryam", "Moradi", "1960-02", "مریم", "مرادی", "Female", "DS"),
            ResettlementScene.Details("Reza", "Moradi", "1990", "رضا", "مرادی", "Male"));
        var movement = await scene.PlanAsync("DE", seats: 10, escorts: 1, wheelchairs: 1);

        var booked = await scene.BookAsync(movement.Id, caseId);

        booked.Succeeded.ShouldBeTrue(booked.Problem?.Detail);
        (booked.Value.Persons, booked.Value.Escorts, booked.Value.Wheelchairs).ShouldBe((3, 1, 1));
        booked.Value.Passengers.Select(p => p.PersonId).ShouldBe(members.Select(m => m.Id), ignoreOrder: true);
        var seats = await scene.SeatsAsync(movement.Id);
        (seats.Booked, seats.EscortsBooked, seats.WheelchairsBooked).ShouldBe((3, 1, 1));
        (await scene.CaseStatusAsync(caseId)).ShouldBe(CaseStatus.Booked);
        (await scene.HistoryAsync(caseId))[^1].Reason.ShouldStartWith("Booked on Iraqi Airways IA 231");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task BookCase_NoMedicalEscortPlaceLeft_IsRefusedNamingTheLimitAndNothingIsBooked(DatabaseProvider provider)
    {
        using var scene = MovementScene.Create(provider);
        var pledge = await scene.Resettlement.PledgeAsync("DE", 20);
        var (caseId, _) = await scene.ClearedCaseAsync(pledge, ResettlementScene.Details("Kazem", "Moradi", "1955", "کاظم", "مرادی", "Male", "SM"));
        var movement = await scene.PlanAsync("DE", seats: 10, escorts: 0);

        var refused = await scene.BookAsync(movement.Id, caseId);

        refused.Problem!.Kind.ShouldBe(ProblemKind.Refused);
        refused.Problem.Detail.ShouldBe("The movement has 0 medical-escort place(s) left for 1. A case is booked whole or not at all, and a movement is never overbooked.");
        (await scene.SeatsAsync(movement.Id)).Booked.ShouldBe(0);
        (await scene.CaseStatusAsync(caseId)).ShouldBe(CaseStatus.Cleared);
        await using var db = scene.Context();
        (await db.Bookings.CountAsync()).ShouldBe(0);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task BookCase_AcceptedButNotCleared_IsRefusedByTheLifecycle(DatabaseProvider provider)
    {
        using var scene = MovementScene.Create(provider);
        var family = await scene.Resettlement.ReadyFamilyAsync();
        var pledge = await scene.Resettlement.PledgeAsync("DE", 20);
        var referral = await scene.Resettlement.ReferAndSubmitAsync(family.CaseId, pledge.Id);
        await scene.Resettlement.DecideAsync(referral, DecisionOutcome.Accepted, "DE");
        var movement = await scene.PlanAsync("DE", seats: 10);

        var refused = await scene.BookAsync(movement.Id, family.CaseId);

        refused.Problem!.Detail.ShouldBe("The case is Accepted; it can move to Booked only from Cleared, On hold.");
        (await scene.SeatsAsync(movement.Id)).Booked.ShouldBe(0);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task BookCase_MovementToAnotherCountry_IsRefused(DatabaseProvider provider)
    {
        using var scene = MovementScene.Create(provider);
        var pledge = await scene.Resettlement.PledgeAsync("AL", 20);
        var (caseId, _) = await scene.FamilyAsync(pledge);
        var movement = await scene.PlanAsync("DE", seats: 10);

        var refused = await scene.BookAsync(movement.Id, caseId);

        refused.Problem!.Detail.ShouldBe("Case C-000001 was accepted by AL; this movement goes to DE.");
        (await scene.CaseStatusAsync(caseId)).ShouldBe(CaseStatus.Cleared);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task BookCase_ManyConcurrentRequestsForTheLastSeats_NeverOverbookAndBookWholeFamiliesOnly(DatabaseProvider provider)
    {
        using var scene = MovementScene.Create(provider);
        var pledge = await scene.Resettlement.PledgeAsync("DE", 100);
        var cases = new List<Guid>();
        foreach (var name in new[] { "Rezaei", "Hosseini", "Karimi", "Ahmadi", "Moradi", "Jafari" })
        {
            cases.Add((await scene.FamilyAsync(pledge, name)).CaseId);
        }

        var movement = await scene.PlanAsync("DE", seats: 10);
        var actor = scene.As(Roles.Movement);
        var contexts = cases.Select(_ => scene.Context()).ToList();
        using var start = new ManualResetEventSlim();
        var bookings = cases.Select((id, i) => Task.Run(async () =>
        {
            start.Wait();
            return await scene.Book(contexts[i], actor).ExecuteAsync(movement.Id, id);
        })).ToList();
        start.Set();
        var results = await Task.WhenAll(bookings);
        foreach (var context in contexts)
        {
            await context.DisposeAsync();
        }

        results.Count(r => r.Succeeded).ShouldBe(2);
        results.Where(r => !r.Succeeded).ShouldAllBe(r => r.Problem!.Kind == ProblemKind.Refused);
        (await scene.SeatsAsync(movement.Id)).Booked.ShouldBe(8);
        await using var db = scene.Context();
        (await db.Passengers.CountAsync()).ShouldBe(8);
        (await db.Cases.CountAsync(c => c.Status == CaseStatus.Booked)).ShouldBe(2);
        (await db.Cases.CountAsync(c => c.Status == CaseStatus.Cleared)).ShouldBe(4);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task SeatCounter_AnUpdatePastTheSeats_IsRefusedByTheDatabaseItself(DatabaseProvider provider)
    {
        using var scene = MovementScene.Create(provider);
        var movement = await scene.PlanAsync("DE", seats: 2, escorts: 1);
        await using var db = scene.Context();

        var overbooked = await Should.ThrowAsync<Exception>(() =>
            db.Database.ExecuteSqlAsync($"UPDATE \"MovementSeats\" SET \"Booked\" = 3 WHERE \"MovementId\" = {movement.Id}"));
        var escorts = await Should.ThrowAsync<Exception>(() =>
            db.Database.ExecuteSqlAsync($"UPDATE \"MovementSeats\" SET \"EscortsBooked\" = 2 WHERE \"MovementId\" = {movement.Id}"));

        overbooked.Message.ShouldContain("CK_MovementSeats_NotOverbooked");
        escorts.Message.ShouldContain("CK_MovementSeats_NotOverbooked");
        (await scene.SeatsAsync(movement.Id)).Booked.ShouldBe(0);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task EditMovement_FewerSeatsThanBooked_IsRefusedAndTheSeatsStay(DatabaseProvider provider)
    {
        using var scene = MovementScene.Create(provider);
        var pledge = await scene.Resettlement.PledgeAsync("DE", 20);
        var (caseId, _) = await scene.FamilyAsync(pledge);
        var movement = await scene.PlanAsync("DE", seats: 10);
        (await scene.BookAsync(movement.Id, caseId)).Succeeded.ShouldBeTrue();
        var version = (await scene.ViewAsync(scene.As(Roles.Movement), movement.Id)).Value.Movement.Version;

        var actor = scene.As(Roles.Movement);
        await using var db = scene.Context();
        var refused = await new EditMovement(db, scene.Changes(db, actor), scene.Resettlement.Clock)
            .ExecuteAsync(movement.Id, MovementScene.Details("DE", 3), version);

        refused.Problem!.Detail.ShouldStartWith("4 seat(s), 0 medical-escort and 0 wheelchair place(s) are booked");
        (await scene.SeatsAsync(movement.Id)).Seats.ShouldBe(10);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task MoveCase_ABookedCaseLeavesTheCamp_ItsSeatsGoBack(DatabaseProvider provider)
    {
        using var scene = MovementScene.Create(provider);
        var pledge = await scene.Resettlement.PledgeAsync("DE", 20);
        var (caseId, _) = await scene.FamilyAsync(pledge);
        var movement = await scene.PlanAsync("DE", seats: 10);
        (await scene.BookAsync(movement.Id, caseId)).Succeeded.ShouldBeTrue();
        var version = await scene.Resettlement.CaseVersionAsync(caseId);

        var actor = scene.As(Roles.Protection);
        await using (var db = scene.Context())
        {
            (await new MoveCase(db, actor, new AuditLog(db, actor, scene.Resettlement.Clock), new CaseFactsQuery(db, scene.Resettlement.Clock), scene.Resettlement.Clock)
                .ExecuteAsync(caseId, CaseStatus.Withdrawn, "Withdrew from the process", version)).Succeeded.ShouldBeTrue();
        }

        (await scene.SeatsAsync(movement.Id)).Booked.ShouldBe(0);
        await using var check = scene.Context();
        (await check.Bookings.SingleAsync()).Status.ShouldBe(BookingStatus.Released);
    }
}
