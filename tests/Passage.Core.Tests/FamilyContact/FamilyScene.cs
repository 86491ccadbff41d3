using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.FamilyContact;
using Passage.Core.Incidents;
using Passage.Core.Registry.Matching;
using Passage.Core.Tests.Pledges;

namespace Passage.Core.Tests.FamilyContact;

/// <summary>Family contact requests worked through the use cases on a <see cref="ResettlementScene"/>, as a tracing officer.</summary>
internal sealed class FamilyScene(ResettlementScene scene, FamilyContactLimits? limits = null)
{
    public RegistryIndex Index { get; } = new();

    public ResettlementScene Scene => scene;

    /// <summary>A brother in Germany asks after Zahra Rezaei, born 1972, daughter of Mohammad.</summary>
    public static FamilyRequestDetails AskingFor(string sought = "Zahra Rezaei", string requester = "Kamran Rezaei", int? born = 1972, string contact = "+49 151 2345 6789") =>
        new(requester, RequesterRelationship.Sibling, contact, IdentityCheck.DocumentSeen, "Passport seen at the Cologne office",
            sought, null, born, "Mohammad", "Mashhad", "Lost contact in 2011; our mother is ill");

    public async Task RebuildIndexAsync()
    {
        await using var db = scene.Context();
        await Index.RebuildAsync(db);
    }

    public async Task<Result<FamilyRequest>> ReceiveAsync(FamilyRequestDetails details, string role = Roles.Tracing)
    {
        var actor = scene.As(role);
        await using var db = scene.Context();
        return await new ReceiveFamilyRequest(db, actor, new AuditLog(db, actor, scene.Clock), Index, limits ?? FamilyContactLimits.Default, scene.Clock).ExecuteAsync(details);
    }

    public async Task<Result<IReadOnlyList<FamilyCandidate>>> CandidatesAsync(Guid requestId, string role = Roles.Tracing)
    {
        var actor = scene.As(role);
        await using var db = scene.Context();
        return await new FindFamilyCandidates(db, actor, new AuditLog(db, actor, scene.Clock), Index).ExecuteAsync(requestId);
    }

    public async Task<Result<FamilyRequest>> ConfirmAsync(Guid requestId, Guid? personId)
    {
        var actor = scene.As(Roles.Tracing);
        await using var db = scene.Context();
        return await new ConfirmFamilyCandidate(db, actor, Index, scene.Clock).ExecuteAsync(requestId, personId, await VersionAsync(requestId));
    }

    public async Task<Result<FamilyRequest>> ConsentAsync(Guid requestId, ConsentAnswer answer, bool alone = true, string? note = "Wants to hear from her brother")
    {
        var actor = scene.As(Roles.Tracing);
        await using var db = scene.Context();
        return await new RecordFamilyConsent(db, actor, scene.Clock).ExecuteAsync(requestId, answer, alone, note, await VersionAsync(requestId));
    }

    public async Task<Result<FamilyRequest>> WithdrawAsync(Guid requestId)
    {
        var actor = scene.As(Roles.Tracing);
        await using var db = scene.Context();
        return await new WithdrawFamilyConsent(db, actor, scene.Clock).ExecuteAsync(requestId, "No longer wants contact", await VersionAsync(requestId));
    }

    public async Task<Result<FamilyContactMade>> ContactAsync(Guid requestId, ContactKind kind)
    {
        var actor = scene.As(Roles.Tracing);
        await using var db = scene.Context();
        return await new RecordFamilyContact(db, actor, scene.Clock).ExecuteAsync(requestId, kind, "Letter handed over at the office", await VersionAsync(requestId));
    }

    public async Task<string> AnswerAsync(Guid requestId)
    {
        var actor = scene.As(Roles.Tracing);
        await using var db = scene.Context();
        return (await new AnswerFamilyRequester(db, actor, new AuditLog(db, actor, scene.Clock)).ExecuteAsync(requestId)).Value.Text;
    }

    public async Task<Result<Page<FamilyRequestFlagView>>> FlagsAsync(string role = Roles.Security)
    {
        var actor = scene.As(role);
        await using var db = scene.Context();
        return await new ListFamilyRequestFlags(db, actor, new AuditLog(db, actor, scene.Clock)).ExecuteAsync();
    }

    /// <summary>Records the person as injured in a rocket attack, as the security officer.</summary>
    public async Task InjuredAsync(string registrationNumber)
    {
        var actor = scene.As(Roles.Security);
        await using var db = scene.Context();
        var incident = (await new RecordIncident(db, actor, scene.Clock).ExecuteAsync(
            new IncidentDetails(ResettlementScene.Now.AddDays(-3), IncidentType.IndirectFire, "Block C"))).Value;
        (await new RecordCasualty(db, actor, new CaseFactsQuery(db, scene.Clock), scene.Clock).ExecuteAsync(
            incident.Id, new CasualtyDetails(registrationNumber, CasualtyOutcome.Injured))).Succeeded.ShouldBeTrue();
    }

    private async Task<long> VersionAsync(Guid requestId)
    {
        await using var db = scene.Context();
        return await db.Set<FamilyRequest>().Where(r => r.Id == requestId).Select(r => r.Version).SingleAsync();
    }
}
