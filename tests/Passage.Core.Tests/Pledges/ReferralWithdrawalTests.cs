using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Pledges;
using Passage.Core.Registry;
using Passage.Core.Registry.Import;
using Passage.Testing;

namespace Passage.Core.Tests.Pledges;

/// <summary>
/// A submitted case's membership is frozen; withdrawing its referral (with a reason) opens it again; the referral's and the
/// pledge's persons always equal the members; places come back when an accepted case will not travel.
/// </summary>
public class ReferralWithdrawalTests
{
    public static TheoryData<DatabaseProvider, CaseStatus> ProvidersAndClosings()
    {
        var data = new TheoryData<DatabaseProvider, CaseStatus>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            foreach (var closing in new[] { CaseStatus.Withdrawn })
            {
                data.Add(provider, closing);
            }
        }

        return data;
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task WithdrawReferral_AcceptedCase_ReturnsThePlacesAndTheCaseToInterviewedWithTheReason(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var family = await scene.ReadyFamilyAsync();
        var pledge = await scene.PledgeAsync("AL", 10);
        var referral = await AcceptedAsync(scene, family, pledge);

        var withdrawn = await WithdrawAsync(scene, referral, "The family asked to wait for the son's exams");

        withdrawn.Value.Status.ShouldBe(ReferralStatus.Withdrawn);
        (await scene.CaseStatusAsync(family.CaseId)).ShouldBe(CaseStatus.Interviewed);
        await using var db = scene.Context();
        (await db.PledgeCounters.SingleAsync()).Accepted.ShouldBe(0);
        var view = (await new ListPledges(db, scene.As(Roles.Movement)).ExecuteAsync()).ShouldHaveSingleItem();
        (view.Referred, view.Accepted, view.Remaining).ShouldBe((0, 0, 10));
        var last = await db.CaseEvents.AsNoTracking().Where(e => e.CaseId == family.CaseId).OrderBy(e => e.Id).LastAsync();
        (last.FromStatus, last.ToStatus, last.Reason).ShouldBe((CaseStatus.Accepted, CaseStatus.Interviewed, "Referral to AL withdrawn: The family asked to wait for the son's exams"));
        (await scene.ReferAsync(family.CaseId, pledge.Id)).Succeeded.ShouldBeTrue("a case whose referral was withdrawn may be referred again");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task WithdrawReferral_WithoutReasonOrTwice_IsRefusedAndChangesNothing(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var family = await scene.ReadyFamilyAsync();
        var pledge = await scene.PledgeAsync("AL", 10);
        var referral = await AcceptedAsync(scene, family, pledge);

        var withoutReason = await WithdrawAsync(scene, referral, "  ");
        (await WithdrawAsync(scene, referral, "Family asked to wait")).Succeeded.ShouldBeTrue();
        var twice = await WithdrawAsync(scene, referral, "Again");

        withoutReason.Problem!.Errors!["Reason"].ShouldBe(["Say why the referral is withdrawn."]);
        twice.Problem!.Detail.ShouldBe("The referral is withdrawn already; only an active referral is withdrawn.");
        await using var db = scene.Context();
        (await db.PledgeCounters.SingleAsync()).Accepted.ShouldBe(0);
        (await db.CaseEvents.CountAsync(e => e.CaseId == family.CaseId && e.ToStatus == CaseStatus.Interviewed)).ShouldBe(2);
    }

    [Theory]
    [MemberData(nameof(ProvidersAndClosings))]
    public async Task MoveCase_AcceptedCaseCloses_ItsPlacesComeBackToThePledge(DatabaseProvider provider, CaseStatus closing)
    {
        using var scene = ResettlementScene.Create(provider);
        var family = await scene.ReadyFamilyAsync();
        var pledge = await scene.PledgeAsync("AL", 10);
        var referral = await AcceptedAsync(scene, family, pledge);

        var closed = await MoveAsync(scene, family.CaseId, closing, Roles.Registration);

        closed.Succeeded.ShouldBeTrue(closed.Problem?.Detail);
        await using var db = scene.Context();
        (await db.PledgeCounters.SingleAsync()).Accepted.ShouldBe(0);
        (await db.Referrals.SingleAsync(r => r.Id == referral)).Status.ShouldBe(ReferralStatus.Withdrawn);
        (await new ListPledges(db, scene.As(Roles.Movement)).ExecuteAsync()).ShouldHaveSingleItem().Remaining.ShouldBe(10);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task MoveCase_ClearedCaseOnHoldWithdraws_ItsPlacesComeBack(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var family = await scene.ReadyFamilyAsync();
        var pledge = await scene.PledgeAsync("AL", 10);
        var referral = await AcceptedAsync(scene, family, pledge);
        (await scene.ClearAsync(referral, documents: true, permission: true)).Succeeded.ShouldBeTrue();
        (await MoveAsync(scene, family.CaseId, CaseStatus.OnHold, Roles.Security)).Succeeded.ShouldBeTrue();

        var left = await MoveAsync(scene, family.CaseId, CaseStatus.Withdrawn, Roles.Protection);

        left.Succeeded.ShouldBeTrue(left.Problem?.Detail);
        await using var db = scene.Context();
        (await db.PledgeCounters.SingleAsync()).Accepted.ShouldBe(0);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task SubmittedCase_NobodyJoinsOrLeaves_UntilTheReferralIsWithdrawn(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var family = await scene.ReadyFamilyAsync();
        var pledge = await scene.PledgeAsync("DE", 10);
        var referral = await scene.ReferAndSubmitAsync(family.CaseId, pledge.Id);
        var outsider = await scene.RegisterAsync(ResettlementScene.Details("Maryam", "Sadeghi", "1995", "مریم", "صادقی", "Female"), null);

        var joins = await RegisterIntoAsync(scene, family.CaseId);
        var imported = await ImportIntoAsync(scene, family.CaseId);
        var leaves = await MovePersonAsync(scene, family.Son.Id, null);
        var movesIn = await MovePersonAsync(scene, outsider.Id, family.CaseId);

        joins.Problem!.Errors!["CaseId"].ShouldHaveSingleItem().ShouldContain("from the referral's submission on nobody joins or leaves it. Withdraw the referral first");
        imported.Problem!.Errors!["line 2: CaseNumber"].ShouldHaveSingleItem().ShouldContain("from the referral's submission on nobody joins or leaves it. Withdraw the referral first");
        leaves.Problem!.Kind.ShouldBe(ProblemKind.Refused);
        leaves.Problem.Detail!.ShouldContain("Withdraw the referral first");
        movesIn.Problem!.Kind.ShouldBe(ProblemKind.Refused);
        await using (var db = scene.Context())
        {
            (await db.Persons.CountAsync(p => p.CaseId == family.CaseId)).ShouldBe(4);
            (await db.Referrals.SingleAsync()).Persons.ShouldBe(4);
        }

        (await WithdrawAsync(scene, referral, "The son married and leaves the household")).Succeeded.ShouldBeTrue();
        (await MovePersonAsync(scene, family.Son.Id, null)).Succeeded.ShouldBeTrue();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ReferredCase_MembersJoinAndLeave_TheReferralAndPledgeCountTheMembers(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var family = await scene.ReadyFamilyAsync();
        var pledge = await scene.PledgeAsync("DE", 10);
        var referral = (await scene.ReferAsync(family.CaseId, pledge.Id)).Value.ReferralId;
        var outsider = await scene.RegisterAsync(ResettlementScene.Details("Maryam", "Sadeghi", "1995", "مریم", "صادقی", "Female"), null);

        (await RegisterIntoAsync(scene, family.CaseId)).Succeeded.ShouldBeTrue();
        (await MovePersonAsync(scene, outsider.Id, family.CaseId)).Succeeded.ShouldBeTrue();
        (await MovePersonAsync(scene, family.Son.Id, null)).Succeeded.ShouldBeTrue();

        await using var db = scene.Context();
        var members = await db.Persons.CountAsync(p => p.CaseId == family.CaseId);
        members.ShouldBe(5);
        (await db.Referrals.SingleAsync(r => r.Id == referral)).Persons.ShouldBe(members);
        (await new ListPledges(db, scene.As(Roles.Movement)).ExecuteAsync()).ShouldHaveSingleItem().Referred.ShouldBe(members);
        (await scene.SubmitAsync(referral)).Succeeded.ShouldBeTrue();
        (await scene.DecideAsync(referral, DecisionOutcome.Accepted, "DE")).Succeeded.ShouldBeTrue();
        await using var after = scene.Context();
        (await after.PledgeCounters.SingleAsync()).Accepted.ShouldBe(members);
    }

    private static async Task<Guid> AcceptedAsync(ResettlementScene scene, Family family, Pledge pledge)
    {
        var referral = await scene.ReferAndSubmitAsync(family.CaseId, pledge.Id);
        (await scene.DecideAsync(referral, DecisionOutcome.Accepted, pledge.CountryCode)).Succeeded.ShouldBeTrue();
        await using var db = scene.Context();
        (await db.PledgeCounters.SingleAsync()).Accepted.ShouldBe(4);
        return referral;
    }

    private static async Task<Result<Referral>> WithdrawAsync(ResettlementScene scene, Guid referralId, string reason)
    {
        var actor = scene.As(Roles.Resettlement);
        await using var db = scene.Context();
        return await new WithdrawReferral(db, scene.Move(db, actor)).ExecuteAsync(referralId, reason);
    }

    private static async Task<Result<CaseEvent>> MoveAsync(ResettlementScene scene, Guid caseId, CaseStatus to, string role)
    {
        var version = await scene.CaseVersionAsync(caseId);
        var actor = scene.As(role);
        await using var db = scene.Context();
        return await new MoveCase(db, actor, new AuditLog(db, actor, scene.Clock), new CaseFactsQuery(db, scene.Clock), scene.Clock)
            .ExecuteAsync(caseId, to, "Recorded by the officer", version);
    }

    private static async Task<Result<Person>> RegisterIntoAsync(ResettlementScene scene, Guid caseId)
    {
        var actor = scene.As(Roles.Registration);
        await using var db = scene.Context();
        return await new RegisterPerson(db, actor, scene.Clock)
            .ExecuteAsync(ResettlementScene.Details("Reza", "Rezaei", "2024-05", "رضا", "رضایی", "Male"), caseId);
    }

    private static async Task<Result<ImportSummary>> ImportIntoAsync(ResettlementScene scene, Guid caseId)
    {
        var actor = scene.As(Roles.Registration);
        await using var db = scene.Context();
        var number = await db.Cases.Where(c => c.Id == caseId).Select(c => c.CaseNumber).SingleAsync();
        using var file = new MemoryStream(System.Text.Encoding.UTF8.GetBytes($"GivenName,FamilyName,Sex,BirthDate,CampBlock,CampUnit,CaseNumber\nReza,Rezaei,Male,2024-05,B,12,{number}\n"));
        return await new ImportPersons(db, actor, new AuditLog(db, actor, scene.Clock), scene.Clock).ExecuteAsync(file, PersonFileFormat.Csv);
    }

    private static async Task<Result<PersonMoved>> MovePersonAsync(ResettlementScene scene, Guid personId, Guid? targetCaseId)
    {
        var actor = scene.As(Roles.Registration);
        await using var db = scene.Context();
        return await new MovePersonToCase(db, actor, scene.Clock).ExecuteAsync(personId, targetCaseId, "Household changed");
    }
}
