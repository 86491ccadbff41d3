using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Cases;
using Passage.Core.Demo;
using Passage.Core.Interviews;
using Passage.Core.Movements;
using Passage.Core.Pledges;
using Passage.Core.Priorities;
using Passage.Core.Protection;
using Passage.Testing;

namespace Passage.Core.Tests.Demo;

public class DemoResettlementTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task SeedAsync_DemoOperation_HasPledgesInterviewsAndCasesAtEveryResettlementStage(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider, new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Now));
        await using (var services = DemoOperationTests.Services(database))
        {
            await DemoOperation.SeedAsync(services, 1500, CancellationToken.None);
        }

        await using var db = database.CreateContext();
        (await db.Pledges.Select(p => p.CountryCode).ToListAsync()).ShouldBe(["DE", "AL", "SE", "FI", "NO"], ignoreOrder: true);
        var referrals = await db.Referrals.AsNoTracking().ToListAsync();
        referrals.Select(r => r.Status).Distinct().ShouldBe(Enum.GetValues<ReferralStatus>(), ignoreOrder: true);
        (await db.ExitClearances.CountAsync(c => c.Status == ClearanceStatus.Cleared)).ShouldBeGreaterThan(0);
        (await db.Interviews.CountAsync(i => i.Sequence == 2)).ShouldBeGreaterThan(0);
        (await db.ThirdPartyListEntries.CountAsync()).ShouldBeGreaterThan(0);
        await CountersMatchAcceptedReferralsAsync(db);

        var facts = new CaseFactsQuery(db, database.Clock);
        foreach (var referral in referrals.Take(20))
        {
            (await facts.ExecuteAsync(referral.CaseId)).AdultsWithoutResettlementChoice.ShouldBeEmpty();
        }

        var german = new Actor();
        german.Set("de", "countrydelegate@demo.passage", null, [Roles.CountryDelegate], countryCode: "DE");
        (await new ListReferrals(db, german).ExecuteAsync(ReferralStatus.Submitted)).ShouldNotBeEmpty();
        var resettlement = new Actor();
        resettlement.Set("r", "resettlement@demo.passage", null, [Roles.Resettlement]);
        var queue = await new ReferralQueue(db, resettlement, database.Clock).ExecuteAsync();
        queue.Count(e => e.ReadyForReferral).ShouldBeGreaterThan(0);
        queue.Count(e => !e.ReadyForReferral).ShouldBeGreaterThan(0);
        var protection = new Actor();
        protection.Set("p", "protection@demo.passage", null, [Roles.Protection], isSupervisor: true);
        (await new ProtectionFlags(db, protection).ExecuteAsync()).Select(f => f.Kind).Distinct()
            .ShouldBe([ProtectionFlagKind.ListContradictsInterview, ProtectionFlagKind.NotInterviewedAlone], ignoreOrder: true);
    }

    [Fact]
    public async Task SeedAsync_RunTwice_ReusesThePledgesAndKeepsTheCountersExact()
    {
        using var database = TestDatabase.Create(DatabaseProvider.Sqlite, new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Now));
        await using (var services = DemoOperationTests.Services(database))
        {
            await DemoOperation.SeedAsync(services, 1500, CancellationToken.None);
            await DemoOperation.SeedAsync(services, 1500, 7, null, CancellationToken.None);
        }

        await using var db = database.CreateContext();
        (await db.Pledges.CountAsync()).ShouldBe(5);
        await CountersMatchAcceptedReferralsAsync(db);
    }

    private static async Task CountersMatchAcceptedReferralsAsync(Passage.Core.Storage.PassageDbContext db)
    {
        var accepted = (await db.Referrals.Where(r => r.Status == ReferralStatus.Accepted).Select(r => new { r.PledgeId, r.Persons }).ToListAsync())
            .GroupBy(r => r.PledgeId).ToDictionary(g => g.Key, g => g.Sum(r => r.Persons));
        var raises = (await db.PledgeRaises.Select(r => new { r.PledgeId, r.Places }).ToListAsync())
            .GroupBy(r => r.PledgeId).ToDictionary(g => g.Key, g => g.Sum(r => r.Places));
        foreach (var counter in await db.PledgeCounters.AsNoTracking().ToListAsync())
        {
            (counter.Accepted, counter.Places).ShouldBe((accepted.GetValueOrDefault(counter.PledgeId), raises[counter.PledgeId]));
        }

        accepted.Values.Sum().ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task SeedAsync_DemoOperation_HasPastFlightsWithManifestsAndFutureFlightsHoldingTheBookedCases(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider, new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Now));
        await using (var services = DemoOperationTests.Services(database))
        {
            await DemoOperation.SeedAsync(services, 1500, CancellationToken.None);
        }

        await using var db = database.CreateContext();
        var movements = await db.Movements.AsNoTracking().ToListAsync();
        var left = movements.Where(m => m.Status is MovementStatus.Departed or MovementStatus.Arrived).ToList();
        left.ShouldNotBeEmpty();
        left.ShouldAllBe(m => m.DepartsAt <= Now);
        movements.Except(left).ShouldAllBe(m => m.DepartsAt > Now && (m.Status == MovementStatus.Planned || m.Status == MovementStatus.Confirmed));
        movements.Except(left).Select(m => m.CountryCode).ShouldContain("DE");
        (await db.ManifestVersions.CountAsync()).ShouldBe(left.Count);
        var returned = db.CaseEvents.Where(e => e.Reason == ConfirmRepatriationDeparture.HistoryReason).Select(e => e.CaseId);
        var booked = await db.Cases.Where(c => c.Status == CaseStatus.Booked || c.Status == CaseStatus.Departed || c.Status == CaseStatus.Arrived)
            .Where(c => !returned.Contains(c.Id)).Select(c => c.Id).ToListAsync();
        var bookedCases = await db.Bookings.Select(b => b.CaseId).ToListAsync();
        booked.ShouldAllBe(id => bookedCases.Contains(id));
        foreach (var seats in await db.MovementSeats.AsNoTracking().ToListAsync())
        {
            seats.Booked.ShouldBe(await db.Bookings.Where(b => b.MovementId == seats.MovementId).SumAsync(b => b.Persons));
        }
    }
}
