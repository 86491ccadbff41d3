using Microsoft.EntityFrameworkCore;
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
        var returnAlone = ResettlementScene.Interview(ResettlementChoice.ReturnToOriginCountry, preferences: [], informed: true);
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
            Refusal(string.Join(", ", fresh.Adults.Select(p => p.RegistrationNumber).Order(StringComparer.Ordinal))));
        (await scene.CaseStatusAsync(fresh.CaseId)).ShouldBe(CaseStatus.Registered);
        refused.Problem!.Detail.ShouldBe(
            Refusal(family.Mother.RegistrationNumber));
        byResettlement.Problem!.Kind.ShouldBe(ProblemKind.NotFound);
        requested.Succeeded.ShouldBeTrue(requested.Problem?.Detail);
        (await scene.CaseStatusAsync(family.CaseId)).ShouldBe(CaseStatus.RepatriationRequested);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RequestRepatriation_OnlyPrivateInterviewLacksTheInformedConfirmation_RefusedNamingWhoUntilALaterInterviewConfirmsIt(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var family = await scene.FamilyAsync();
        var informed = ResettlementScene.Interview(ResettlementChoice.ReturnToOriginCountry, preferences: [], informed: true);
        (await scene.InterviewAsync(family.Father.Id, informed)).Succeeded.ShouldBeTrue();
        (await scene.InterviewAsync(family.Mother.Id, informed)).Succeeded.ShouldBeTrue();
        (await scene.InterviewAsync(family.Son.Id, informed with { InformedOfReturn = false })).Succeeded.ShouldBeTrue();

        var refused = await RequestAsync(scene, family.CaseId, Roles.Protection);
        var statusAfterRefusal = await scene.CaseStatusAsync(family.CaseId);
        (await scene.InterviewAsync(family.Son.Id, informed)).Succeeded.ShouldBeTrue();
        var requested = await RequestAsync(scene, family.CaseId, Roles.Protection);

        refused.Problem!.Kind.ShouldBe(ProblemKind.Refused);
        refused.Problem.Detail.ShouldBe(Refusal(family.Son.RegistrationNumber));
        statusAfterRefusal.ShouldBe(CaseStatus.Interviewed);
        requested.Succeeded.ShouldBeTrue(requested.Problem?.Detail);
        (await scene.CaseStatusAsync(family.CaseId)).ShouldBe(CaseStatus.RepatriationRequested);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RecordInterview_ChoiceToReturnWithoutSayingWhetherInformed_NamesTheFieldAndSavesNothing(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var family = await scene.FamilyAsync();

        var unstated = await scene.InterviewAsync(family.Father.Id, ResettlementScene.Interview(ResettlementChoice.ReturnToOriginCountry, preferences: []));
        var countAfterUnstated = await InterviewCountAsync(scene);
        var resettling = await scene.InterviewAsync(family.Mother.Id, ResettlementScene.Interview(ResettlementChoice.Resettle, informed: true));

        unstated.Problem!.Errors!.Keys.ShouldBe(["InformedOfReturn"]);
        unstated.Problem.Errors["InformedOfReturn"].ShouldBe(
            ["Say whether the resident confirmed that return is their own decision, knowing what it means and that they may withdraw it; it is never assumed."]);
        countAfterUnstated.ShouldBe(0);
        resettling.Value.InformedOfReturn.ShouldBeNull();
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
            (await scene.InterviewAsync(adult.Id, ResettlementScene.Interview(ResettlementChoice.ReturnToOriginCountry, preferences: [], informed: true))).Succeeded.ShouldBeTrue();
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

    private static string Refusal(string registrationNumbers) =>
        $"No private interview recording an informed choice to return for: {registrationNumbers}. Every adult must choose to return in an interview held "
        + "alone with them, and confirm it is their own decision after being told what return means and that they may withdraw the request at any time, "
        + "before a return is requested.";

    private static async Task<int> InterviewCountAsync(ResettlementScene scene)
    {
        await using var db = scene.Context();
        return await db.Interviews.CountAsync();
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
