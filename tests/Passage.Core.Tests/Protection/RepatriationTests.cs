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
        var fresh = await scene.FamilyAsync("Ahmadi", "احمدی");
        var notInterviewed = await RequestAsync(scene, fresh.CaseId, Roles.Protection);
        (await scene.InterviewAsync(family.Father.Id, returnAlone)).Succeeded.ShouldBeTrue();
        (await scene.InterviewAsync(family.Mother.Id, returnAlone with { InterviewedAlone = false, OthersPresent = "Her husband" })).Succeeded.ShouldBeTrue();
        (await scene.InterviewAsync(family.Son.Id, returnAlone)).Succeeded.ShouldBeTrue();

        var refused = await RequestAsync(scene, family.CaseId, Roles.Protection);
        var byResettlement = await RequestAsync(scene, family.CaseId, Roles.Resettlement);
        (await scene.InterviewAsync(family.Mother.Id, returnAlone)).Succeeded.ShouldBeTrue();
        var requested = await RequestAsync(scene, family.CaseId, Roles.Protection);

        notInterviewed.Problem!.Detail.ShouldBe(
            $"No private interview recording the choice to return for: {string.Join(", ", fresh.Adults.Select(p => p.RegistrationNumber).Order(StringComparer.Ordinal))}. Every adult must choose to return in an interview held alone with them before a return is requested.");
        (await scene.CaseStatusAsync(fresh.CaseId)).ShouldBe(CaseStatus.Registered);
        refused.Problem!.Detail.ShouldBe(
            $"No private interview recording the choice to return for: {family.Mother.RegistrationNumber}. Every adult must choose to return in an interview held alone with them before a return is requested.");
        byResettlement.Problem!.Kind.ShouldBe(ProblemKind.NotFound);
        requested.Succeeded.ShouldBeTrue(requested.Problem?.Detail);
        (await scene.CaseStatusAsync(family.CaseId)).ShouldBe(CaseStatus.RepatriationRequested);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Return_ClearedOnlyWithAcceptanceAndDocuments_ThenDepartsThroughTheRepatriationFlow(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var family = await scene.FamilyAsync();
        foreach (var adult in family.Adults)
        {
            (await scene.InterviewAsync(adult.Id, ResettlementScene.Interview(ResettlementChoice.ReturnToOriginCountry, preferences: []))).Succeeded.ShouldBeTrue();
        }

        var early = await DepartAsync(scene, family.CaseId, Roles.Movement);
        (await RequestAsync(scene, family.CaseId, Roles.Protection)).Succeeded.ShouldBeTrue();
        var acceptedOnly = await ProgressAsync(scene, family.CaseId, accepted: true, documents: false);
        var statusAfterAcceptance = await scene.CaseStatusAsync(family.CaseId);
        var both = await ProgressAsync(scene, family.CaseId, accepted: true, documents: true);
        var byProtection = await DepartAsync(scene, family.CaseId, Roles.Protection);
        var byMovement = await DepartAsync(scene, family.CaseId, Roles.Movement);

        early.Problem!.Detail.ShouldBe("Only a case cleared to return departs through the repatriation flow; this case is Interviewed.");
        acceptedOnly.Value.Clears.ShouldBeFalse();
        statusAfterAcceptance.ShouldBe(CaseStatus.RepatriationRequested);
        both.Value.Clears.ShouldBeTrue();
        byProtection.Problem!.Kind.ShouldBe(ProblemKind.NotFound);
        byMovement.Value.ToStatus.ShouldBe(CaseStatus.Departed);
        (await scene.CaseStatusAsync(family.CaseId)).ShouldBe(CaseStatus.Departed);
    }

    private static async Task<Result<RepatriationProgress>> ProgressAsync(ResettlementScene scene, Guid caseId, bool accepted, bool documents)
    {
        var version = await scene.CaseVersionAsync(caseId);
        var actor = scene.As(Roles.Protection);
        await using var db = scene.Context();
        return await new RecordRepatriationProgress(db, actor, new CaseFactsQuery(db, scene.Clock), scene.Clock)
            .ExecuteAsync(caseId, accepted, documents, ResettlementScene.Today, "Laissez-passer issued by the embassy", version);
    }

    private static async Task<Result<CaseEvent>> DepartAsync(ResettlementScene scene, Guid caseId, string role)
    {
        var version = await scene.CaseVersionAsync(caseId);
        var actor = scene.As(role);
        await using var db = scene.Context();
        return await new ConfirmRepatriationDeparture(db, actor, new CaseFactsQuery(db, scene.Clock), scene.Clock).ExecuteAsync(caseId, version);
    }

    private static async Task<Result<CaseEvent>> RequestAsync(ResettlementScene scene, Guid caseId, string role)
    {
        var version = await scene.CaseVersionAsync(caseId);
        var actor = scene.As(role);
        await using var db = scene.Context();
        return await new RequestRepatriation(db, actor, new CaseFactsQuery(db, scene.Clock), scene.Clock).ExecuteAsync(caseId, version);
    }
}
