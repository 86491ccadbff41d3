using Passage.Core.Accounts;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Interviews;
using Passage.Core.Protection;
using Passage.Core.Tests.Pledges;
using Passage.Testing;

namespace Passage.Core.Tests.Protection;

public class RepatriationTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RequestRepatriation_OnlyAfterEveryAdultChoseToReturnInAPrivateInterview(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var family = await scene.ReadyFamilyAsync();
        var returnAlone = ResettlementScene.Interview(ResettlementChoice.ReturnToOriginCountry, preferences: []);
        (await scene.InterviewAsync(family.Father.Id, returnAlone)).Succeeded.ShouldBeTrue();
        (await scene.InterviewAsync(family.Mother.Id, returnAlone with { InterviewedAlone = false, OthersPresent = "Her husband" })).Succeeded.ShouldBeTrue();
        (await scene.InterviewAsync(family.Son.Id, returnAlone)).Succeeded.ShouldBeTrue();

        var refused = await RequestAsync(scene, family.CaseId, Roles.Protection);
        var byResettlement = await RequestAsync(scene, family.CaseId, Roles.Resettlement);
        (await scene.InterviewAsync(family.Mother.Id, returnAlone)).Succeeded.ShouldBeTrue();
        var requested = await RequestAsync(scene, family.CaseId, Roles.Protection);

        refused.Problem!.Detail.ShouldBe(
            $"No private interview recording the choice to return for: {family.Mother.RegistrationNumber}. Every adult must choose to return in an interview held alone with them before a return is requested.");
        byResettlement.Problem!.Kind.ShouldBe(ProblemKind.NotFound);
        requested.Succeeded.ShouldBeTrue(requested.Problem?.Detail);
        (await scene.CaseStatusAsync(family.CaseId)).ShouldBe(CaseStatus.RepatriationRequested);
    }

    private static async Task<Result<CaseEvent>> RequestAsync(ResettlementScene scene, Guid caseId, string role)
    {
        var version = await scene.CaseVersionAsync(caseId);
        var actor = scene.As(role);
        await using var db = scene.Context();
        return await new RequestRepatriation(db, actor, new CaseFactsQuery(db, scene.Clock), scene.Clock).ExecuteAsync(caseId, version);
    }
}
