using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Core.Tests.Pledges;
using Passage.Testing;

namespace Passage.Core.Tests.Cases;

/// <summary>
/// The case list shows how many persons each case holds and since when it waits in its stage, sorts the longest waiting
/// first and filters by the time waited, as its history says: an opening, a stage entered, a member moved out.
/// </summary>
public class CaseListWaitingTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task CaseList_WaitingAndMembers_FollowTheCasesHistory(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var family = await scene.FamilyAsync();
        scene.Clock.Advance(TimeSpan.FromDays(40));
        var single = await scene.RegisterAsync(ResettlementScene.Details("Maryam", "Karimi", "1990-02-11", "مریم", "کریمی", "Female"), null);
        scene.Clock.Advance(TimeSpan.FromDays(40));
        await scene.EveryAdultChoosesResettlementAsync(family);
        var interviewedAt = scene.Clock.GetUtcNow();
        scene.As(Roles.Registration);
        await using (var db = scene.Context())
        {
            var moved = await new MovePersonToCase(db, scene.Database.Actor, scene.Clock)
                .ExecuteAsync(family.Daughter.Id, null, "Lives with her aunt's household");
            moved.Succeeded.ShouldBeTrue(moved.Problem?.Detail);
        }

        var rows = await ListAsync(scene, new CaseFilter());
        var familyRow = rows.Single(r => r.Id == family.CaseId);
        var singleRow = rows.Single(r => r.Id == single.CaseId);

        (familyRow.Status, familyRow.Members, familyRow.WaitingSince).ShouldBe((CaseStatus.Interviewed, 3, interviewedAt), "a member moved out does not restart the wait");
        (singleRow.Status, singleRow.Members).ShouldBe((CaseStatus.Registered, 1));
        singleRow.WaitingSince.ShouldBe(single.RegisteredAt, "a case never moved waits since it was opened with its first registration");
        rows.Select(r => r.Id).ToList().IndexOf(single.CaseId).ShouldBeLessThan(rows.Select(r => r.Id).ToList().IndexOf(family.CaseId), "waiting longest first");
        (await ListAsync(scene, new CaseFilter(WaitingMonths: 1))).Select(r => r.Id).ShouldBe([single.CaseId], "only the single case has waited a month in its stage");
        (await ListAsync(scene, new CaseFilter(Size: CaseSize.OnePerson))).Select(r => r.Id).ShouldContain(single.CaseId);
        (await ListAsync(scene, new CaseFilter(Size: CaseSize.OnePerson))).Select(r => r.Id).ShouldNotContain(family.CaseId);
    }

    private static async Task<IReadOnlyList<CaseRow>> ListAsync(ResettlementScene scene, CaseFilter filter)
    {
        var actor = scene.As(Roles.Resettlement);
        await using var db = scene.Context();
        var page = await new ListCases(db, actor, new AuditLog(db, actor, scene.Clock), scene.Clock).ExecuteAsync(filter);
        page.Succeeded.ShouldBeTrue(page.Problem?.Detail);
        return page.Value.Items;
    }
}
