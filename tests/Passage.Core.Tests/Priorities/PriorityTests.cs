using Microsoft.Extensions.Time.Testing;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Interviews;
using Passage.Core.Priorities;
using Passage.Core.Tests.Pledges;
using Passage.Testing;

namespace Passage.Core.Tests.Priorities;

public class PriorityTests
{
    [Fact]
    public void Terms_CaseWithNeedsAndWaiting_ExplainsEachCountTimesWeight()
    {
        var profile = new CaseProfile(SeriousMedical: 1, Disability: 0, OlderPersons: 2, SingleParents: 0, MonthsWaiting: 7, FamilyTiesIn: ["DE", "SE"], AdultsWithProtectionConcerns: 1);

        var terms = PriorityScore.Terms(profile, new PriorityWeightValues(30, 20, 15, 15, 2, 10, 25));

        terms.Select(t => t.Explanation).ShouldBe(
        [
            "2 older member(s) (60 or over, or at risk) × 15 = 30",
            "1 member(s) with a serious medical condition × 30 = 30",
            "1 adult(s) whose interview records protection concerns × 25 = 25",
            "7 month(s) waiting for referral × 2 = 14",
            "1 family in a pledging country (DE, SE) × 10 = 10",
        ]);
        terms.Sum(t => t.Points).ShouldBe(109);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ReferralQueue_CasesAwaitingReferral_RankedByScoreWithTheAdministratorsWeights(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var clock = scene.Clock;
        await scene.PledgeAsync("DE", 100);
        var family = await scene.ReadyFamilyAsync();
        var single = await scene.RegisterAsync(ResettlementScene.Details("Maryam", "Hosseini", "1958", "مریم", "حسینی", "Female", "SM"), null);
        await scene.InterviewAsync(single.Id, ResettlementScene.Interview(ResettlementChoice.Undecided, preferences: []));
        clock.Advance(TimeSpan.FromDays(92));

        IReadOnlyList<QueueEntry> queue;
        await using (var db = scene.Context())
        {
            queue = await new ReferralQueue(db, scene.As(Roles.Resettlement), clock).ExecuteAsync();
        }

        queue.Select(e => (e.Rank, e.CaseId, e.Score)).ShouldBe([(1, single.CaseId, 30 + 15 + 6), (2, family.CaseId, 6 + 10)]);
        queue[0].Terms.Select(t => t.Term).ShouldBe(["Serious medical condition", "Older person", "Time waiting"]);
        queue[0].AdultsWithoutResettlementChoice.ShouldBe([single.RegistrationNumber]);
        queue[1].ReadyForReferral.ShouldBeTrue();
        queue[1].Terms.Single(t => t.Term == "Family ties in a pledging country").Explanation.ShouldBe("1 family in a pledging country (DE) × 10 = 10");

        await using (var db = scene.Context())
        {
            var byResettlement = await new SetPriorityWeights(db, scene.As(Roles.Resettlement), clock).ExecuteAsync(new PriorityWeightValues(0, 0, 0, 0, 2, 100, 0));
            byResettlement.Problem!.Kind.ShouldBe(ProblemKind.NotFound);
            (await new SetPriorityWeights(db, scene.As(Roles.Administrator), clock).ExecuteAsync(new PriorityWeightValues(0, 0, 0, 0, 2, 100, 0))).Succeeded.ShouldBeTrue();
        }

        await using (var db = scene.Context())
        {
            queue = await new ReferralQueue(db, scene.As(Roles.Resettlement), clock).ExecuteAsync();
        }

        queue.Select(e => (e.CaseId, e.Score)).ShouldBe([(family.CaseId, 106), (single.CaseId, 6)]);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task SetPriorityWeights_NegativeWeight_NamesTheField(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var clock = scene.Clock;
        await using var db = scene.Context();

        var result = await new SetPriorityWeights(db, scene.As(Roles.Administrator), clock).ExecuteAsync(new PriorityWeightValues(-1, 0, 0, 0, 2, 10, 0));

        result.Problem!.Errors!.Keys.ShouldBe(["SeriousMedical"]);
        (await new SetPriorityWeights(db, scene.As(Roles.Administrator), clock).CurrentAsync()).Value.ShouldBe(PriorityWeights.Defaults.Values);
    }
}
