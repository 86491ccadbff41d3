using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Movements;
using Passage.Testing;

namespace Passage.Core.Tests.Movements;

public class DepartureDayTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RecordNoShow_EveryMember_ReleasesTheSeatsReturnsTheCaseToClearedAndItIsBookedAgain(DatabaseProvider provider)
    {
        using var scene = MovementScene.Create(provider);
        var pledge = await scene.Resettlement.PledgeAsync("DE", 20);
        var (caseId, members) = await scene.FamilyAsync(pledge);
        var first = await scene.PlanAsync("DE", seats: 10);
        (await scene.BookAsync(first.Id, caseId)).Succeeded.ShouldBeTrue();
        (await scene.CheckInAsync(first.Id, members[0].Id)).Succeeded.ShouldBeTrue();

        var statuses = new List<CaseStatus>();
        foreach (var member in members)
        {
            (await scene.NoShowAsync(first.Id, member.Id)).Succeeded.ShouldBeTrue();
            statuses.Add(await scene.CaseStatusAsync(caseId));
        }

        statuses.ShouldBe([CaseStatus.Booked, CaseStatus.Booked, CaseStatus.Booked, CaseStatus.Cleared]);
        (await scene.SeatsAsync(first.Id)).Booked.ShouldBe(0);
        (await scene.HistoryAsync(caseId)).TakeLast(2).ShouldBe([
            (CaseStatus.NoShow, "Nobody of the case travelled on Iraqi Airways IA 231: Did not come to the gate; family says he is unwell"),
            (CaseStatus.Cleared, "Seats on Iraqi Airways IA 231 released; the case may be booked again"),
        ]);
        await using (var db = scene.Context())
        {
            var booking = await db.Bookings.Include(b => b.Passengers).SingleAsync();
            booking.Status.ShouldBe(BookingStatus.Released);
            booking.Passengers.ShouldAllBe(p => p.NoShowReason == "Did not come to the gate; family says he is unwell");
        }

        var second = await scene.PlanAsync("DE", seats: 10);
        (await scene.BookAsync(second.Id, caseId)).Succeeded.ShouldBeTrue();
        (await scene.CaseStatusAsync(caseId)).ShouldBe(CaseStatus.Booked);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RecordNoShow_WithoutAReason_IsRefusedAndNothingChanges(DatabaseProvider provider)
    {
        using var scene = MovementScene.Create(provider);
        var pledge = await scene.Resettlement.PledgeAsync("DE", 20);
        var (caseId, members) = await scene.FamilyAsync(pledge);
        var movement = await scene.PlanAsync("DE", seats: 10);
        (await scene.BookAsync(movement.Id, caseId)).Succeeded.ShouldBeTrue();

        var refused = await scene.NoShowAsync(movement.Id, members[0].Id, " ");

        refused.Problem!.Errors!["Reason"].ShouldBe(["Say why the passenger did not travel."]);
        var view = (await scene.ViewAsync(scene.As(Roles.Movement), movement.Id)).Value;
        view.Bookings.Single().Passengers.ShouldAllBe(p => p.Status == PassengerStatus.Booked);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ConfirmDeparture_OneMemberANoShow_FlagsThePartlyDepartedFamilyAtOnce(DatabaseProvider provider)
    {
        using var scene = MovementScene.Create(provider);
        var pledge = await scene.Resettlement.PledgeAsync("DE", 20);
        var (caseId, members) = await scene.FamilyAsync(pledge);
        var movement = await scene.PlanAsync("DE", seats: 10);
        (await scene.BookAsync(movement.Id, caseId)).Succeeded.ShouldBeTrue();
        (await scene.NoShowAsync(movement.Id, members[2].Id, "Stayed with a sick relative in the clinic")).Succeeded.ShouldBeTrue();
        var beforeDeparture = (await scene.ViewAsync(scene.As(Roles.Movement), movement.Id)).Value;

        await scene.BoardAsync(movement.Id, members[0]);

        beforeDeparture.Bookings.Single().PartlyDeparted.ShouldBeFalse();
        var view = (await scene.ViewAsync(scene.As(Roles.Movement), movement.Id)).Value;
        view.Bookings.Single().PartlyDeparted.ShouldBeTrue();
        view.Movement.PartlyDepartedFamilies.ShouldBe(1);
        view.Movement.Status.ShouldBe(MovementStatus.Departed);
        (await scene.CaseStatusAsync(caseId)).ShouldBe(CaseStatus.Departed);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ConfirmDeparture_BeforeCheckIn_IsRefused(DatabaseProvider provider)
    {
        using var scene = MovementScene.Create(provider);
        var pledge = await scene.Resettlement.PledgeAsync("DE", 20);
        var (caseId, members) = await scene.FamilyAsync(pledge);
        var movement = await scene.PlanAsync("DE", seats: 10);
        (await scene.BookAsync(movement.Id, caseId)).Succeeded.ShouldBeTrue();

        var refused = await scene.DepartAsync(movement.Id, members[0].Id);

        refused.Problem!.Detail.ShouldBe($"{members[0].RegistrationNumber} is booked; a passenger departs after check-in.");
        (await scene.CaseStatusAsync(caseId)).ShouldBe(CaseStatus.Booked);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ConfirmArrival_ByTheReceivingCountrysDelegate_ClosesTheCaseAndTheResidentCountDrops(DatabaseProvider provider)
    {
        using var scene = MovementScene.Create(provider);
        var pledge = await scene.Resettlement.PledgeAsync("DE", 20);
        var (caseId, members) = await scene.FamilyAsync(pledge);
        var movement = await scene.PlanAsync("DE", seats: 10);
        (await scene.BookAsync(movement.Id, caseId)).Succeeded.ShouldBeTrue();
        await scene.BoardAsync(movement.Id, [.. members]);
        var before = await ResidentsAsync(scene);

        var otherCountry = await scene.ArriveAsync(scene.As(Roles.CountryDelegate, "AL"), movement.Id, members[0].Id);
        var delegateResults = new List<Result<Passenger>>();
        foreach (var member in members)
        {
            delegateResults.Add(await scene.ArriveAsync(scene.As(Roles.CountryDelegate, "DE"), movement.Id, member.Id));
        }

        otherCountry.Problem!.Kind.ShouldBe(ProblemKind.NotFound);
        delegateResults.ShouldAllBe(r => r.Succeeded);
        (await scene.CaseStatusAsync(caseId)).ShouldBe(CaseStatus.Arrived);
        (before, await ResidentsAsync(scene)).ShouldBe((4, 0));
        var view = (await scene.ViewAsync(scene.As(Roles.Movement), movement.Id)).Value;
        view.Movement.Status.ShouldBe(MovementStatus.Arrived);
        view.Bookings.Single().Passengers.ShouldAllBe(p => p.Status == PassengerStatus.Arrived && p.ArrivalOnWordOf == null);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ConfirmArrival_ByTheMovementOfficer_NeedsTheNameOfWhoseWordItIs(DatabaseProvider provider)
    {
        using var scene = MovementScene.Create(provider);
        var pledge = await scene.Resettlement.PledgeAsync("DE", 20);
        var (caseId, members) = await scene.ClearedCaseAsync(pledge, Pledges.ResettlementScene.Details("Saeed", "Karimi", "1980", "سعید", "کریمی", "Male"));
        var movement = await scene.PlanAsync("DE", seats: 10);
        (await scene.BookAsync(movement.Id, caseId)).Succeeded.ShouldBeTrue();
        await scene.BoardAsync(movement.Id, members[0]);

        var withoutWord = await scene.ArriveAsync(scene.As(Roles.Movement), movement.Id, members[0].Id);
        var onWord = await scene.ArriveAsync(scene.As(Roles.Movement), movement.Id, members[0].Id, "Reception officer at Friedland");

        withoutWord.Problem!.Errors!["OnWordOf"].ShouldBe(["Name who at the receiving country confirmed the arrival."]);
        onWord.Value.ArrivalOnWordOf.ShouldBe("Reception officer at Friedland");
        (await scene.HistoryAsync(caseId))[^1].ShouldBe((CaseStatus.Arrived, "Arrival confirmed on the word of Reception officer at Friedland"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task CancelMovement_ReleasesEverySeatAndReturnsEachCaseToClearedWithTheReason(DatabaseProvider provider)
    {
        using var scene = MovementScene.Create(provider);
        var pledge = await scene.Resettlement.PledgeAsync("DE", 20);
        var rezaei = (await scene.FamilyAsync(pledge)).CaseId;
        var hosseini = (await scene.FamilyAsync(pledge, "Hosseini")).CaseId;
        var movement = await scene.PlanAsync("DE", seats: 10);
        (await scene.BookAsync(movement.Id, rezaei)).Succeeded.ShouldBeTrue();
        (await scene.BookAsync(movement.Id, hosseini)).Succeeded.ShouldBeTrue();

        var withoutReason = await scene.CancelAsync(movement.Id, "");
        var cancelled = await scene.CancelAsync(movement.Id, "Airport closed");
        var again = await scene.BookAsync(movement.Id, rezaei);

        withoutReason.Problem!.Kind.ShouldBe(ProblemKind.Validation);
        cancelled.Value.Status.ShouldBe(MovementStatus.Cancelled);
        (await scene.SeatsAsync(movement.Id)).Booked.ShouldBe(0);
        foreach (var caseId in new[] { rezaei, hosseini })
        {
            (await scene.CaseStatusAsync(caseId)).ShouldBe(CaseStatus.Cleared);
            (await scene.HistoryAsync(caseId))[^1].Reason.ShouldBe("Movement Iraqi Airways IA 231 cancelled: Airport closed");
        }

        again.Problem!.Detail.ShouldBe("The movement is cancelled; cases are booked only on a planned or confirmed movement.");
    }

    private static async Task<int> ResidentsAsync(MovementScene scene)
    {
        await using var db = scene.Context();
        var today = DateOnly.FromDateTime(Pledges.ResettlementScene.Now.UtcDateTime);
        return (await new ListMovements(db, scene.As(Roles.Movement)).ExecuteAsync(today, today.AddDays(30))).Value.Residents!.Value;
    }
}
