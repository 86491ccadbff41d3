using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Audit.BreakGlass;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Incidents;
using Passage.Core.Pledges;
using Passage.Core.Tests.Pledges;
using Passage.Testing;

namespace Passage.Core.Tests.Incidents;

/// <summary>
/// The security officer records incidents and casualties; other staff see how many, never who, unless they open one
/// casualty in an emergency; a death closes a case only through this flow, once nobody of the case is alive.
/// </summary>
public class IncidentTests
{
    private const string Reason = "The family of the injured asks at the gate; the clinic needs to know who it is";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RecordCasualty_LastLivingMemberOfAnAcceptedFamilyKilled_ClosesTheCaseAsDeceasedAndGivesThePlacesBack(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var family = await scene.ReadyFamilyAsync();
        var pledge = await scene.PledgeAsync("AL", 10);
        var referral = await scene.ReferAndSubmitAsync(family.CaseId, pledge.Id);
        (await scene.DecideAsync(referral, DecisionOutcome.Accepted, "AL")).Succeeded.ShouldBeTrue();
        var incident = await IncidentAsync(scene);

        foreach (var member in new[] { family.Father, family.Mother, family.Son })
        {
            (await CasualtyAsync(scene, incident, member.RegistrationNumber, CasualtyOutcome.Killed)).Succeeded.ShouldBeTrue();
        }

        var whileOneLives = await scene.CaseStatusAsync(family.CaseId);
        (await CasualtyAsync(scene, incident, family.Daughter.RegistrationNumber, CasualtyOutcome.Killed)).Succeeded.ShouldBeTrue();

        whileOneLives.ShouldBe(CaseStatus.Accepted);
        (await scene.CaseStatusAsync(family.CaseId)).ShouldBe(CaseStatus.Deceased);
        await using var db = scene.Context();
        (await db.PledgeCounters.SingleAsync()).Accepted.ShouldBe(0);
        var last = await db.CaseEvents.AsNoTracking().Where(e => e.CaseId == family.CaseId).OrderBy(e => e.Id).LastAsync();
        (last.FromStatus, last.ToStatus, last.Reason).ShouldBe((CaseStatus.Accepted, CaseStatus.Deceased, "Every member of the case has died"));
        (await db.AuditEntries.CountAsync(a => a.EntityType == nameof(Passage.Core.Cases.Case) && a.EntityId == family.CaseId.ToString() && a.Action == AuditAction.Updated
            && a.UserName == "security@test")).ShouldBe(1);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task MoveCase_ByHandToDeceased_IsRefusedNamingTheIncidentFlow(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var family = await scene.ReadyFamilyAsync();
        var actor = scene.As(Roles.Security);
        await using var db = scene.Context();
        var version = await scene.CaseVersionAsync(family.CaseId);

        var moved = await new MoveCase(db, actor, new AuditLog(db, actor, scene.Clock), new CaseFactsQuery(db, scene.Clock), scene.Clock)
            .ExecuteAsync(family.CaseId, CaseStatus.Deceased, "Died", version);

        moved.Problem!.Detail.ShouldBe($"A case moves from Interviewed to Deceased only through {CaseFlows.Label(CaseFlow.Incident)}; it is not changed by hand.");
        (await scene.CaseStatusAsync(family.CaseId)).ShouldBe(CaseStatus.Interviewed);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ViewIncident_OtherStaffSeeHowManyButNeverWho_SecuritySeesTheNames(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var family = await scene.ReadyFamilyAsync();
        var incident = await IncidentAsync(scene);
        await CasualtyAsync(scene, incident, family.Son.RegistrationNumber, CasualtyOutcome.Injured, "Shrapnel wound, Ibn Sina hospital");
        await CasualtyAsync(scene, incident, family.Father.RegistrationNumber, CasualtyOutcome.Killed);

        var byRole = new Dictionary<string, IncidentView>();
        foreach (var role in new[] { Roles.Registration, Roles.Protection, Roles.Tracing, Roles.Viewer, Roles.Security })
        {
            var actor = scene.As(role);
            await using var db = scene.Context();
            byRole[role] = (await new ViewIncident(db, actor, new AuditLog(db, actor, scene.Clock)).ExecuteAsync(incident)).Value;
        }

        foreach (var role in new[] { Roles.Registration, Roles.Protection, Roles.Tracing, Roles.Viewer })
        {
            var view = byRole[role];
            (view.Injured, view.Killed, view.Description, view.Sources).ShouldBe((1, 1, null, null), role);
            view.Casualties.ShouldAllBe(c => !c.Identified && c.Name == null && c.RegistrationNumber == null && c.MedicalFollowUp == null);
            System.Text.Json.JsonSerializer.Serialize(view).ShouldNotContain("Rezaei", Shouldly.Case.Insensitive, role);
        }

        var security = byRole[Roles.Security];
        security.Casualties.Select(c => (c.Name, c.Outcome)).ShouldBe([("Ali Rezaei", CasualtyOutcome.Injured), ("Hossein Rezaei", CasualtyOutcome.Killed)]);
        security.Casualties[0].MedicalFollowUp.ShouldBe("Shrapnel wound, Ibn Sina hospital");
        security.Sources.ShouldBe("Camp clinic; block B representative");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ViewCasualty_OtherRoleWithoutAGrant_AnswersAsForNoneAndWithAReasonOpensThatOneCasualty(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var family = await scene.ReadyFamilyAsync();
        var incident = await IncidentAsync(scene);
        var son = (await CasualtyAsync(scene, incident, family.Son.RegistrationNumber, CasualtyOutcome.Injured)).Value;
        var mother = (await CasualtyAsync(scene, incident, family.Mother.RegistrationNumber, CasualtyOutcome.Injured)).Value;
        var protection = scene.As(Roles.Protection);
        await using var db = scene.Context();
        ViewCasualty View() => new(db, protection, new AuditLog(db, protection, scene.Clock), scene.Clock);

        var before = await View().ExecuteAsync(son.Id);
        var missing = await View().ExecuteAsync(Guid.NewGuid());
        var grant = await new RequestBreakGlass(db, protection, new AuditLog(db, protection, scene.Clock), BreakGlassSettings.Default, scene.Clock)
            .ExecuteAsync(new BreakGlassRequest("Casualty", son.Id, Reason));
        var opened = await View().ExecuteAsync(son.Id);
        var other = await View().ExecuteAsync(mother.Id);

        before.Problem!.ShouldBe(missing.Problem);
        grant.Succeeded.ShouldBeTrue();
        opened.Value.Casualty.Name.ShouldBe("Ali Rezaei");
        opened.Value.GrantUntil.ShouldBe(grant.Value.ExpiresAt);
        other.Problem!.Kind.ShouldBe(ProblemKind.NotFound);
        var audited = await db.AuditEntries.AsNoTracking().Where(a => a.UserName == "protection@test" && a.EntityType == "Casualty").OrderBy(a => a.Id).Select(a => new { a.Action, a.EntityType, a.Detail }).ToListAsync();
        audited.Select(a => (a.Action, a.EntityType)).ShouldBe([
            (AuditAction.Refused, "Casualty"), (AuditAction.Refused, "Casualty"), (AuditAction.BreakGlassOpened, "Casualty"),
            (AuditAction.Viewed, "Casualty"), (AuditAction.Refused, "Casualty"),
        ]);
        audited[3].Detail.ShouldBe($"break-glass grant {grant.Value.Id}");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RecordIncidentAndCasualty_BadInput_SaysWhatIsWrongAndRecordsNothing(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var family = await scene.ReadyFamilyAsync();
        var incident = await IncidentAsync(scene);
        var actor = scene.As(Roles.Security);
        await using var db = scene.Context();

        var bad = await new RecordIncident(db, actor, scene.Clock).ExecuteAsync(
            new IncidentDetails(scene.Clock.GetUtcNow().AddDays(2), null, "  ", "Siren\u0007"));
        var unknown = await new RecordCasualty(db, actor, new CaseFactsQuery(db, scene.Clock), scene.Clock)
            .ExecuteAsync(incident, new CasualtyDetails("PSG-999999", null));
        (await CasualtyAsync(scene, incident, family.Son.RegistrationNumber, CasualtyOutcome.Injured)).Succeeded.ShouldBeTrue();
        var twice = await CasualtyAsync(scene, incident, family.Son.RegistrationNumber, CasualtyOutcome.Killed);
        var byRegistration = await new RecordIncident(db, scene.As(Roles.Registration), scene.Clock)
            .ExecuteAsync(new IncidentDetails(scene.Clock.GetUtcNow(), IncidentType.Fire, "Block C"));

        bad.Problem!.Errors!.Keys.ShouldBe(["OccurredAt", "Type", "Location", "Description"], ignoreOrder: true);
        unknown.Problem!.Errors!.Keys.ShouldBe(["RegistrationNumber", "Outcome"], ignoreOrder: true);
        twice.Problem!.Errors!["RegistrationNumber"].ShouldBe(["This person is recorded in this incident already."]);
        byRegistration.Problem!.Kind.ShouldBe(ProblemKind.NotFound);
        (await db.Incidents.CountAsync()).ShouldBe(1);
        (await db.Casualties.CountAsync()).ShouldBe(1);
    }

    internal static async Task<Guid> IncidentAsync(ResettlementScene scene)
    {
        var actor = scene.As(Roles.Security);
        await using var db = scene.Context();
        var recorded = await new RecordIncident(db, actor, scene.Clock).ExecuteAsync(new IncidentDetails(
            scene.Clock.GetUtcNow().AddHours(-3), IncidentType.IndirectFire, "Block B, near the water tower",
            "Three rockets landed between the residences.", "Camp clinic; block B representative"));
        return recorded.Value.Id;
    }

    internal static async Task<Result<CasualtyView>> CasualtyAsync(ResettlementScene scene, Guid incident, string registrationNumber, CasualtyOutcome outcome, string? followUp = null)
    {
        var actor = scene.As(Roles.Security);
        await using var db = scene.Context();
        return await new RecordCasualty(db, actor, new CaseFactsQuery(db, scene.Clock), scene.Clock)
            .ExecuteAsync(incident, new CasualtyDetails(registrationNumber, outcome, followUp));
    }
}
