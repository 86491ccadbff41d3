using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Interviews;
using Passage.Core.Pledges;
using Passage.Core.Registry;
using Passage.Testing;

namespace Passage.Core.Tests.Pledges;

public class ReferralTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ReferCase_AnAdultChoseToWait_IsRefusedNamingWhoHasNotChosenAndChangesNothing(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var family = await scene.FamilyAsync();
        await scene.InterviewAsync(family.Father.Id, ResettlementScene.Interview(ResettlementChoice.Resettle));
        await scene.InterviewAsync(family.Mother.Id, ResettlementScene.Interview(ResettlementChoice.Undecided));
        await scene.InterviewAsync(family.Son.Id, ResettlementScene.Interview(ResettlementChoice.Resettle));
        var pledge = await scene.PledgeAsync("DE", 10);

        var refused = await scene.ReferAsync(family.CaseId, pledge.Id);

        refused.Problem!.Kind.ShouldBe(ProblemKind.Refused);
        refused.Problem.Detail.ShouldBe($"No recorded choice to resettle for: {family.Mother.RegistrationNumber}. Every adult must choose resettlement in their own interview before the case is referred.");
        (await scene.CaseStatusAsync(family.CaseId)).ShouldBe(CaseStatus.Interviewed);
        await using var db = scene.Context();
        (await db.Referrals.CountAsync()).ShouldBe(0);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ReferCase_ALaterInterviewChangesTheChoice_OnlyTheInterviewInForceCounts(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var family = await scene.ReadyFamilyAsync();
        await scene.InterviewAsync(family.Son.Id, ResettlementScene.Interview(ResettlementChoice.ReturnToOriginCountry, informed: true));
        var pledge = await scene.PledgeAsync("DE", 10);

        var refused = await scene.ReferAsync(family.CaseId, pledge.Id);

        refused.Problem!.Detail!.ShouldContain(family.Son.RegistrationNumber);
        refused.Problem.Detail!.ShouldNotContain(family.Father.RegistrationNumber);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ReferCase_FamilySplitAcrossCases_RefersTheWholeCaseAndWarnsOfTheOtherCase(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var family = await scene.FamilyAsync();
        var brother = await scene.RegisterAsync(ResettlementScene.Details("Mehdi", "Rezaei", "1975", "مهدی", "رضایی", "Male"), null);
        await using (var db = scene.Context())
        {
            db.FamilyLinks.Add(new FamilyLink(family.Father.Id, brother.Id, Relationship.Sibling));
            await db.SaveChangesAsync();
        }

        await scene.EveryAdultChoosesResettlementAsync(family);
        var pledge = await scene.PledgeAsync("DE", 10);

        var referred = await scene.ReferAsync(family.CaseId, pledge.Id);

        referred.Value.Warnings.ShouldHaveSingleItem().ShouldStartWith($"Family of {family.Father.RegistrationNumber} is in another case: {brother.RegistrationNumber} in case C-000002 (Registered).");
        await using var check = scene.Context();
        var referral = await check.Referrals.SingleAsync();
        (referral.Persons, referral.CountryCode, referral.Status).ShouldBe((4, "DE", ReferralStatus.Referred));
        (await scene.CaseStatusAsync(family.CaseId)).ShouldBe(CaseStatus.Referred);
        (await scene.CaseStatusAsync(brother.CaseId)).ShouldBe(CaseStatus.Registered);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ReferralPath_InterviewToClearance_MovesTheCaseThroughOneHistoryAndCountsAgainstThePledge(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var family = await scene.ReadyFamilyAsync();
        var pledge = await scene.PledgeAsync("AL", 10);

        var referral = await scene.ReferAndSubmitAsync(family.CaseId, pledge.Id);
        var accepted = await scene.DecideAsync(referral, DecisionOutcome.Accepted, "AL");
        var pending = await scene.ClearAsync(referral, documents: true, permission: false);
        var statusWhilePending = await scene.CaseStatusAsync(family.CaseId);
        var cleared = await scene.ClearAsync(referral, documents: true, permission: true);

        accepted.Succeeded.ShouldBeTrue();
        pending.Value.Status.ShouldBe(ClearanceStatus.Pending);
        statusWhilePending.ShouldBe(CaseStatus.Accepted);
        cleared.Value.Status.ShouldBe(ClearanceStatus.Cleared);
        await using var db = scene.Context();
        var history = await db.CaseEvents.AsNoTracking().Where(e => e.CaseId == family.CaseId && e.Kind == CaseEventKind.StatusChanged)
            .OrderBy(e => e.Id).Select(e => e.ToStatus).ToListAsync();
        history.ShouldBe([CaseStatus.Interviewed, CaseStatus.Referred, CaseStatus.Submitted, CaseStatus.Accepted, CaseStatus.Cleared]);
        var view = (await new ListPledges(db, scene.As(Roles.Movement)).ExecuteAsync()).ShouldHaveSingleItem();
        (view.Places, view.Referred, view.Accepted, view.Arrived, view.Remaining).ShouldBe((10, 0, 4, 0, 6));
        (await db.PledgeCounters.SingleAsync()).Accepted.ShouldBe(4);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task DecideReferral_MorePersonsThanPlacesLeft_IsRefusedAndNothingChanges(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var family = await scene.ReadyFamilyAsync();
        var pledge = await scene.PledgeAsync("DE", 3);
        var referral = await scene.ReferAndSubmitAsync(family.CaseId, pledge.Id);

        var refused = await scene.DecideAsync(referral, DecisionOutcome.Accepted, "DE");

        refused.Problem!.Kind.ShouldBe(ProblemKind.Refused);
        refused.Problem.Detail.ShouldBe("The DE pledge has 3 places left; this case has 4 persons. A pledge is never over-accepted: the country must raise its pledge first.");
        (await scene.CaseStatusAsync(family.CaseId)).ShouldBe(CaseStatus.Submitted);
        await using var db = scene.Context();
        (await db.ReferralDecisions.CountAsync()).ShouldBe(0);
        (await db.Referrals.SingleAsync()).Status.ShouldBe(ReferralStatus.Submitted);
        (await db.PledgeCounters.SingleAsync()).Accepted.ShouldBe(0);
        (await db.AuditEntries.CountAsync(a => a.Action == AuditAction.Refused && a.EntityType == nameof(Referral))).ShouldBe(1);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task DecideReferral_AfterThePledgeIsRaised_AcceptsTheCase(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var clock = scene.Clock;
        var family = await scene.ReadyFamilyAsync();
        var pledge = await scene.PledgeAsync("DE", 3);
        var referral = await scene.ReferAndSubmitAsync(family.CaseId, pledge.Id);
        await using (var db = scene.Context())
        {
            (await new RaisePledge(db, scene.As(Roles.Resettlement), clock).ExecuteAsync(pledge.Id, 210, ResettlementScene.Today, "210 more, letter of 20 November")).Succeeded.ShouldBeTrue();
        }

        var accepted = await scene.DecideAsync(referral, DecisionOutcome.Accepted, "DE");

        accepted.Succeeded.ShouldBeTrue();
        await using var check = scene.Context();
        var view = (await new ListPledges(check, scene.As(Roles.Resettlement)).ExecuteAsync()).ShouldHaveSingleItem();
        view.Raises.Select(r => r.Places).ShouldBe([3, 210]);
        (view.Places, view.Accepted, view.Remaining).ShouldBe((213, 4, 209));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task DecideReferral_ConcurrentAcceptances_NeverOverAcceptThePledge(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var clock = scene.Clock;
        var pledge = await scene.PledgeAsync("DE", 10);
        var referrals = new List<Guid>();
        foreach (var name in new[] { "Rezaei", "Hosseini", "Karimi", "Ahmadi", "Moradi" })
        {
            var family = await scene.ReadyFamilyAsync(name, "خانواده");
            referrals.Add(await scene.ReferAndSubmitAsync(family.CaseId, pledge.Id));
        }

        var actor = scene.As(Roles.CountryDelegate, "DE");
        var contexts = referrals.Select(_ => scene.Context()).ToList();
        using var start = new ManualResetEventSlim();
        var decisions = referrals.Select((id, i) => Task.Run(async () =>
        {
            start.Wait();
            return await ResettlementScene.DecideAsync(contexts[i], actor, clock, id, DecisionOutcome.Accepted);
        })).ToList();
        start.Set();
        var results = await Task.WhenAll(decisions);
        foreach (var context in contexts)
        {
            await context.DisposeAsync();
        }

        results.Count(r => r.Succeeded).ShouldBe(2);
        results.Where(r => !r.Succeeded).ShouldAllBe(r => r.Problem!.Kind == ProblemKind.Refused);
        await using var db = scene.Context();
        var counter = await db.PledgeCounters.SingleAsync();
        (counter.Places, counter.Accepted).ShouldBe((10, 8));
        (await db.Referrals.CountAsync(r => r.Status == ReferralStatus.Accepted)).ShouldBe(2);
        (await db.Cases.CountAsync(c => c.Status == CaseStatus.Accepted)).ShouldBe(2);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task PledgeCounter_AnUpdatePastThePlaces_IsRefusedByTheDatabaseItself(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var pledge = await scene.PledgeAsync("DE", 2);
        await using var db = scene.Context();

        var thrown = await Record.ExceptionAsync(() =>
            db.Database.ExecuteSqlAsync($"UPDATE \"PledgeCounters\" SET \"Accepted\" = 3 WHERE \"PledgeId\" = {pledge.Id}"));

        thrown.ShouldBeAssignableTo<System.Data.Common.DbException>()!.Message.ShouldContain("CK_PledgeCounters_NotOverAccepted");
        (await db.PledgeCounters.AsNoTracking().SingleAsync()).Accepted.ShouldBe(0);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task DecideReferral_Rejected_ReturnsTheCaseForReferralToAnotherPledge(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var (database, clock) = (scene.Database, scene.Clock);
        var family = await scene.ReadyFamilyAsync();
        var germany = await scene.PledgeAsync("DE", 10);
        var albania = await scene.PledgeAsync("AL", 10);
        var first = await scene.ReferAndSubmitAsync(family.CaseId, germany.Id);

        var rejected = await scene.DecideAsync(first, DecisionOutcome.Rejected, "DE");
        var statusAfterRejection = await scene.CaseStatusAsync(family.CaseId);
        var again = await scene.ReferAsync(family.CaseId, albania.Id);

        rejected.Value.Outcome.ShouldBe(DecisionOutcome.Rejected);
        statusAfterRejection.ShouldBe(CaseStatus.Rejected);
        again.Succeeded.ShouldBeTrue();
        (await scene.CaseStatusAsync(family.CaseId)).ShouldBe(CaseStatus.Referred);
        await using var db = scene.Context();
        var history = (await new ViewCaseReferrals(db, scene.As(Roles.Resettlement), new AuditLog(db, database.Actor, clock)).ExecuteAsync(family.CaseId)).Value;
        history.Referrals.Select(r => (r.CountryCode, r.Status)).ShouldBe([("DE", ReferralStatus.Rejected), ("AL", ReferralStatus.Referred)]);
        history.Referrals[0].Decisions.ShouldHaveSingleItem().Reason.ShouldBe("Meets the pledge's criteria");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, false)]
    [InlineData(DatabaseProvider.Sqlite, true)]
    [InlineData(DatabaseProvider.Postgres, false)]
    [InlineData(DatabaseProvider.Postgres, true)]
    public async Task DecideReferral_CountryReversesItsAcceptance_PlacesReturnAndTheCaseMayBeReferredElsewhere(DatabaseProvider provider, bool cleared)
    {
        using var scene = ResettlementScene.Create(provider);
        var family = await scene.ReadyFamilyAsync();
        var germany = await scene.PledgeAsync("DE", 10);
        var albania = await scene.PledgeAsync("AL", 10);
        var referral = await scene.ReferAndSubmitAsync(family.CaseId, germany.Id);
        (await scene.DecideAsync(referral, DecisionOutcome.Accepted, "DE")).Succeeded.ShouldBeTrue();
        if (cleared)
        {
            (await scene.ClearAsync(referral, documents: true, permission: true)).Succeeded.ShouldBeTrue();
        }

        var reversed = await scene.DecideAsync(referral, DecisionOutcome.Rejected, "DE");
        var again = await scene.ReferAsync(family.CaseId, albania.Id);

        reversed.Value.Outcome.ShouldBe(DecisionOutcome.Rejected);
        again.Succeeded.ShouldBeTrue();
        await using var db = scene.Context();
        (await db.PledgeCounters.AsNoTracking().SingleAsync(c => c.PledgeId == germany.Id)).Accepted.ShouldBe(0);
        (await db.Referrals.AsNoTracking().SingleAsync(r => r.Id == referral)).Status.ShouldBe(ReferralStatus.Rejected);
        var history = await db.CaseEvents.AsNoTracking().Where(e => e.CaseId == family.CaseId && e.Kind == CaseEventKind.StatusChanged)
            .OrderBy(e => e.Id).Select(e => e.ToStatus).ToListAsync();
        history.TakeLast(2).ShouldBe([CaseStatus.Rejected, CaseStatus.Referred]);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task DecideReferral_AcceptedTwice_IsRefusedAndCountsThePlacesOnce(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var family = await scene.ReadyFamilyAsync();
        var pledge = await scene.PledgeAsync("DE", 10);
        var referral = await scene.ReferAndSubmitAsync(family.CaseId, pledge.Id);
        (await scene.DecideAsync(referral, DecisionOutcome.Accepted, "DE")).Succeeded.ShouldBeTrue();

        var twice = await scene.DecideAsync(referral, DecisionOutcome.Accepted, "DE");

        twice.Problem!.Kind.ShouldBe(ProblemKind.Refused);
        twice.Problem.Detail!.ShouldContain("reversing its acceptance");
        await using var db = scene.Context();
        (await db.PledgeCounters.AsNoTracking().SingleAsync()).Accepted.ShouldBe(4);
        (await db.ReferralDecisions.CountAsync()).ShouldBe(1);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task DecideReferral_MoreInformationRequested_KeepsTheCaseSubmittedUntilResubmitted(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var family = await scene.ReadyFamilyAsync();
        var pledge = await scene.PledgeAsync("DE", 10);
        var referral = await scene.ReferAndSubmitAsync(family.CaseId, pledge.Id);

        (await scene.DecideAsync(referral, DecisionOutcome.MoreInformationRequested, "DE")).Succeeded.ShouldBeTrue();
        var decidingAgainBeforeResubmission = await scene.DecideAsync(referral, DecisionOutcome.Accepted, "DE");
        var resubmitted = await scene.SubmitAsync(referral);
        var accepted = await scene.DecideAsync(referral, DecisionOutcome.Accepted, "DE");

        decidingAgainBeforeResubmission.Problem!.Kind.ShouldBe(ProblemKind.Refused);
        resubmitted.Value.Status.ShouldBe(ReferralStatus.Submitted);
        accepted.Succeeded.ShouldBeTrue();
        (await scene.CaseStatusAsync(family.CaseId)).ShouldBe(CaseStatus.Accepted);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task CountryDelegate_CaseReferredToAnotherCountry_IsNotFoundEverywhere(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var clock = scene.Clock;
        var family = await scene.ReadyFamilyAsync();
        var germany = await scene.PledgeAsync("DE", 10);
        await scene.PledgeAsync("AL", 10);
        var referral = await scene.ReferAndSubmitAsync(family.CaseId, germany.Id);

        var albanian = scene.As(Roles.CountryDelegate, "AL");
        await using var db = scene.Context();
        var audit = new AuditLog(db, albanian, clock);
        var history = await new ViewCaseReferrals(db, albanian, audit).ExecuteAsync(family.CaseId);
        var dossier = await new BuildDossier(db, albanian, audit, clock).ExecuteAsync(referral);
        var decision = await ResettlementScene.DecideAsync(db, albanian, clock, referral, DecisionOutcome.Rejected);
        var inbox = await new ListReferrals(db, albanian).ExecuteAsync();
        var pledges = await new ListPledges(db, albanian).ExecuteAsync();

        history.Problem!.Kind.ShouldBe(ProblemKind.NotFound);
        dossier.Problem!.Kind.ShouldBe(ProblemKind.NotFound);
        decision.Problem!.Kind.ShouldBe(ProblemKind.NotFound);
        inbox.ShouldBeEmpty();
        pledges.Select(p => p.CountryCode).ShouldBe(["AL"]);
        history.Problem.ShouldBe((await new ViewCaseReferrals(db, albanian, audit).ExecuteAsync(Guid.NewGuid())).Problem);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task CountryDelegate_OwnCountry_SeesTheCaseOnlyOnceSubmitted(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var clock = scene.Clock;
        var family = await scene.ReadyFamilyAsync();
        var germany = await scene.PledgeAsync("DE", 10);
        var referral = (await scene.ReferAsync(family.CaseId, germany.Id)).Value.ReferralId;

        var german = scene.As(Roles.CountryDelegate, "DE");
        await using var db = scene.Context();
        var beforeSubmission = await new ListReferrals(db, german).ExecuteAsync();
        await scene.SubmitAsync(referral);
        german = scene.As(Roles.CountryDelegate, "DE");
        var afterSubmission = await new ListReferrals(db, german).ExecuteAsync(ReferralStatus.Submitted);
        var history = await new ViewCaseReferrals(db, german, new AuditLog(db, german, clock)).ExecuteAsync(family.CaseId);

        beforeSubmission.ShouldBeEmpty();
        afterSubmission.ShouldHaveSingleItem().CaseId.ShouldBe(family.CaseId);
        history.Value.Referrals.ShouldHaveSingleItem().CountryCode.ShouldBe("DE");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task CreatePledge_InvalidCountryAndPlaces_NamesTheFields(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var clock = scene.Clock;
        await using var db = scene.Context();

        var result = await new CreatePledge(db, scene.As(Roles.Resettlement), clock)
            .ExecuteAsync(new PledgeDetails("XX", 0, ResettlementScene.Today, PledgeCategories.Medical));
        var byProtection = await new CreatePledge(db, scene.As(Roles.Protection), clock)
            .ExecuteAsync(new PledgeDetails("DE", 10, ResettlementScene.Today, PledgeCategories.Medical));

        result.Problem!.Errors!.Keys.ShouldBe(["CountryCode", "Places"], ignoreOrder: true);
        byProtection.Problem!.Kind.ShouldBe(ProblemKind.NotFound);
        (await db.Pledges.CountAsync()).ShouldBe(0);
    }
}
