using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Protection;
using Passage.Core.Tests.Pledges;
using Passage.Testing;

namespace Passage.Core.Tests.Protection;

public class WalkOutTests
{
    private static readonly string[] OtherRoles = Roles.All.Where(r => r != Roles.Protection).ToArray();

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RecordWalkOut_ProtectionOfficer_CaseLeftCampAndOnlyProtectionReadsWhereabouts(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var family = await scene.ReadyFamilyAsync();
        await using (var setup = scene.Context())
        {
            await ProtectionScene.AddUserAsync(setup, ProtectionScene.Officer, Roles.Protection);
        }

        var recorded = await ProtectionScene.RecordAsync(scene, family.CaseId, ProtectionScene.WalkOut());

        recorded.Succeeded.ShouldBeTrue(recorded.Problem?.Detail);
        (await scene.CaseStatusAsync(family.CaseId)).ShouldBe(CaseStatus.LeftCamp);
        await using var db = scene.Context();
        var last = await db.CaseEvents.Where(e => e.CaseId == family.CaseId).OrderByDescending(e => e.Id).FirstAsync();
        last.Reason.ShouldBe(RecordWalkOut.HistoryReason);

        var protection = scene.As(Roles.Protection);
        var seen = (await new ListWalkOuts(db, protection, new AuditLog(db, protection, scene.Clock)).ExecuteAsync()).Value.Items.ShouldHaveSingleItem();
        (seen.Whereabouts, seen.ResponsibleOfficer).ShouldBe(("Shelter of the Sisters of Mercy, room 12", ProtectionScene.Officer));
        seen.Asks.ShouldBe([WalkOutAsks.Resettlement, WalkOutAsks.FamilyContact]);
        (await new ViewWalkOut(db, protection, new AuditLog(db, protection, scene.Clock)).ExecuteAsync(family.CaseId)).Value.LeftOn
            .ShouldBe(ResettlementScene.Today.AddDays(-2));

        foreach (var role in OtherRoles)
        {
            var other = scene.As(role, role == Roles.CountryDelegate ? "DE" : null);
            (await new ListWalkOuts(db, other, new AuditLog(db, other, scene.Clock)).ExecuteAsync()).Problem!.Kind.ShouldBe(ProblemKind.NotFound, role);
            (await new ViewWalkOut(db, other, new AuditLog(db, other, scene.Clock)).ExecuteAsync(family.CaseId)).Problem!.Kind.ShouldBe(ProblemKind.NotFound, role);
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task LeftCamp_ByHandOrByAnotherRole_IsRefusedAndTheCaseStaysOpen(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var family = await scene.ReadyFamilyAsync();
        await using (var setup = scene.Context())
        {
            await ProtectionScene.AddUserAsync(setup, ProtectionScene.Officer, Roles.Protection);
        }

        var byRegistration = await ProtectionScene.RecordAsync(scene, family.CaseId, ProtectionScene.WalkOut(), Roles.Registration);
        var version = await scene.CaseVersionAsync(family.CaseId);
        var actor = scene.As(Roles.Protection);
        await using var db = scene.Context();
        var byHand = await new MoveCase(db, actor, new AuditLog(db, actor, scene.Clock), new CaseFactsQuery(db, scene.Clock), scene.Clock)
            .ExecuteAsync(family.CaseId, CaseStatus.LeftCamp, "Left on their own", version);

        byRegistration.Problem!.Kind.ShouldBe(ProblemKind.NotFound);
        byHand.Problem!.Detail.ShouldBe("A case moves from Interviewed to Left camp only through recording the walk-out (protection); it is not changed by hand.");
        (await scene.CaseStatusAsync(family.CaseId)).ShouldBe(CaseStatus.Interviewed);
        (await db.Set<WalkOut>().CountAsync()).ShouldBe(0);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RecordWalkOut_ResponsibleUserIsNoProtectionOfficer_NamesTheFieldAndChangesNothing(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var family = await scene.ReadyFamilyAsync();
        await using (var setup = scene.Context())
        {
            await ProtectionScene.AddUserAsync(setup, "reza.movement", Roles.Movement);
        }

        var refused = await ProtectionScene.RecordAsync(scene, family.CaseId, ProtectionScene.WalkOut(officer: "reza.movement"));
        var empty = await ProtectionScene.RecordAsync(scene, family.CaseId, new WalkOutDetails(null, " ", [], null));

        refused.Problem!.Errors!["ResponsibleOfficer"].ShouldBe(["No protection officer has this user name."]);
        empty.Problem!.Errors!.Keys.ShouldBe(["LeftOn", "Whereabouts", "Asks", "ResponsibleOfficer"], ignoreOrder: true);
        (await scene.CaseStatusAsync(family.CaseId)).ShouldBe(CaseStatus.Interviewed);
    }
}
