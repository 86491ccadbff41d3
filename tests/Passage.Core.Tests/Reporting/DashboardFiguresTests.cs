using Microsoft.Extensions.Time.Testing;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Core.Pledges;
using Passage.Core.Registry;
using Passage.Core.Reporting;
using Passage.Core.Storage;
using Passage.Testing;
using Case = Passage.Core.Cases.Case;

namespace Passage.Core.Tests.Reporting;

/// <summary>
/// The dashboard's figures on a camp whose cases entered their stages, and whose residents registered and left, at known
/// times: how long each stage waits (median and 90th percentile), the camp emptying week by week and the forecast's rate.
/// </summary>
public class DashboardFiguresTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    private static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Pipeline_CasesEnteredTheirStagesAtKnownTimes_GivesEachStagesMedianAnd90thPercentileWait(DatabaseProvider provider)
    {
        using var database = await CampAsync(provider);

        var dashboard = await DashboardAsync(database, Roles.Viewer, null);

        dashboard.Pipeline.ShouldBe(
        [
            // Waits 1, 2, 4, 8 and 16 days.
            new StageFigures(CaseStatus.Registered, 5, 6, 4, 12.8),
            // Waits 3 and 10 days: the one interviewed 10 days ago was registered 30 days ago.
            new StageFigures(CaseStatus.Interviewed, 2, 2, 6.5, 9.3),
            // Waits 2, 6 and 20 days since submission, not since referral (40 days) or registration (60).
            new StageFigures(CaseStatus.Submitted, 3, 6, 6, 17.2),
        ]);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Pipeline_CountryDelegate_SeesOnlyTheCasesSubmittedToTheirCountry(DatabaseProvider provider)
    {
        using var database = await CampAsync(provider);

        var germany = await DashboardAsync(database, Roles.CountryDelegate, "DE");
        var albania = await DashboardAsync(database, Roles.CountryDelegate, "AL");

        germany.Pipeline.ShouldBe([new StageFigures(CaseStatus.Submitted, 2, 3, 13, 18.6)]);
        albania.Pipeline.ShouldBe([new StageFigures(CaseStatus.Submitted, 1, 3, 2, 2)]);
        germany.Remaining.ShouldBeNull();
        germany.WalkOuts.ShouldBeNull();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Remaining_RegistrationsAndWalkOutsAtKnownTimes_CountTheCampWeekByWeekAndTheForecastsRate(DatabaseProvider provider)
    {
        using var database = await CampAsync(provider);

        var dashboard = await DashboardAsync(database, Roles.Viewer, null);

        // 19 registered, 5 of them gone with the two walk-outs (2 persons 10 days ago, 3 persons 40 days ago).
        var residents = dashboard.Remaining!.ToDictionary(p => p.Week, p => p.Residents);
        residents.Count.ShouldBe(ViewDashboard.Weeks + 1);
        residents[Today].ShouldBe(14);
        residents[Today.AddDays(-7)].ShouldBe(11);
        residents[Today.AddDays(-14)].ShouldBe(12);
        residents[Today.AddDays(-35)].ShouldBe(8);
        residents[Today.AddDays(-42)].ShouldBe(11);
        residents[Today.AddDays(-63)].ShouldBe(5);
        residents[Today.AddDays(-105)].ShouldBe(0);
        dashboard.WalkOuts.ShouldBe(5);
        dashboard.Forecast!.Remaining.ShouldBe(14);

        // 5 persons left in the last 8 full weeks.
        dashboard.Forecast.WeeklyRate.ShouldBe(5 / 8.0);
    }

    private static async Task<Dashboard> DashboardAsync(TestDatabase database, string role, string? country)
    {
        var clock = new FakeTimeProvider(Now);
        await using var db = database.CreateContext();
        var actor = new Actor();
        actor.Set("reader", "reader@test", null, [role], countryCode: country);
        return (await new ViewDashboard(db, actor, new AuditLog(db, actor, clock), clock).ExecuteAsync())!;
    }

    /// <summary>
    /// Five cases registered 1, 2, 4, 8 and 16 days ago; two interviewed 3 and 10 days ago; three submitted to Germany (20 and
    /// 6 days ago) and Albania (2 days ago); two that walked out 10 and 40 days ago.
    /// </summary>
    private static async Task<TestDatabase> CampAsync(DatabaseProvider provider)
    {
        var database = TestDatabase.Create(provider, new FakeTimeProvider(Now));
        database.Actor.Set("staff", "staff@test", null, [Roles.Registration, Roles.Protection, Roles.Resettlement, Roles.Movement]);
        var staff = database.Actor;
        await using var db = database.CreateContext();
        var germany = Pledge.Make("DE", 50, Today.AddDays(-90), PledgeCategories.None, null, null, staff, Now.AddDays(-90));
        var albania = Pledge.Make("AL", 50, Today.AddDays(-90), PledgeCategories.None, null, null, staff, Now.AddDays(-90));
        db.Pledges.AddRange(germany, albania);
        var number = 0;

        Case Open(int daysAgo, int members)
        {
            number++;
            var @case = Case.Open(NumberIssuer.CaseNumber(number), staff, Now.AddDays(-daysAgo));
            db.Cases.Add(@case);
            for (var m = 0; m < members; m++)
            {
                var details = new PersonDetails("Maryam", "Hosseini", "Mahmoud", "مریم", "حسینی", "محمود", "Female", "1985-02", "C", "3").Validate(Today).Value;
                var person = Person.Register(NumberIssuer.RegistrationNumber((number * 10) + m), details, @case.Id, Now.AddDays(-daysAgo));
                @case.RecordMembership(person.RegistrationNumber, joined: true, "Registered", staff, Now.AddDays(-daysAgo));
                db.Persons.Add(person);
            }

            return @case;
        }

        void Move(Case @case, CaseFlow flow, CaseStatus to, int daysAgo) =>
            @case.TryMoveThrough(flow, to, "Test history", new CaseFacts(1, []), staff, Now.AddDays(-daysAgo)).Succeeded.ShouldBeTrue();

        void Submit(Pledge pledge, int members, int daysAgo)
        {
            var @case = Open(60, members);
            Move(@case, CaseFlow.Interview, CaseStatus.Interviewed, 50);
            Move(@case, CaseFlow.Referral, CaseStatus.Referred, 40);
            Move(@case, CaseFlow.Referral, CaseStatus.Submitted, daysAgo);
            var referral = Referral.Refer(@case.Id, pledge, members, "Fits the pledge.", staff, Now.AddDays(-40));
            referral.Submit(Now.AddDays(-daysAgo)).ShouldBeNull();
            db.Referrals.Add(referral);
        }

        foreach (var daysAgo in new[] { 1, 2, 4, 8 })
        {
            Open(daysAgo, 1);
        }

        Open(16, 2);
        foreach (var interviewed in new[] { 3, 10 })
        {
            Move(Open(30, 1), CaseFlow.Interview, CaseStatus.Interviewed, interviewed);
        }

        Submit(germany, 2, 20);
        Submit(germany, 1, 6);
        Submit(albania, 3, 2);
        Move(Open(100, 2), CaseFlow.WalkOut, CaseStatus.LeftCamp, 10);
        Move(Open(100, 3), CaseFlow.WalkOut, CaseStatus.LeftCamp, 40);
        await db.SaveChangesAsync();
        return database;
    }
}
