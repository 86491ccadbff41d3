using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.FamilyContact;
using Passage.Core.Incidents;
using Passage.Core.Protection;
using Passage.Core.Registry;

namespace Passage.Web.Tests.FamilyContact;

/// <summary>Family requests and what befalls the people they seek, set up through the use cases as the staff who take each step.</summary>
internal sealed class FamilySteps(PassageWebFactory factory)
{
    public const string Officer = "parisa.protection";

    public static FamilyRequestDetails Seeking(Person person, string requester) => new(
        requester, RequesterRelationship.Sibling, requester.Replace(' ', '.').ToLowerInvariant() + "@example.org", IdentityCheck.CallBackVerified, null,
        $"{person.GivenName} {person.FamilyName}", null, person.BirthYear, person.FatherName, "Kermanshah", "We lost touch years ago");

    public async Task<Guid> ReceiveAsync(FamilyRequestDetails details) =>
        (await StepAsync(Roles.Tracing, sp => sp.GetRequiredService<ReceiveFamilyRequest>().ExecuteAsync(details))).Id;

    public async Task ConfirmAsync(Guid requestId, Guid? personId)
    {
        var version = await VersionAsync(requestId);
        await StepAsync(Roles.Tracing, sp => sp.GetRequiredService<ConfirmFamilyCandidate>().ExecuteAsync(requestId, personId, version));
    }

    public async Task AnswerAsync(Guid requestId, ConsentAnswer answer)
    {
        var version = await VersionAsync(requestId);
        await StepAsync(Roles.Tracing, sp => sp.GetRequiredService<RecordFamilyConsent>().ExecuteAsync(requestId, answer, true, null, version));
    }

    public async Task WithdrawAsync(Guid requestId)
    {
        var version = await VersionAsync(requestId);
        await StepAsync(Roles.Tracing, sp => sp.GetRequiredService<WithdrawFamilyConsent>().ExecuteAsync(requestId, "Changed her mind", version));
    }

    public async Task CasualtyAsync(Person person, CasualtyOutcome outcome)
    {
        var incident = await StepAsync(Roles.Security, sp => sp.GetRequiredService<RecordIncident>().ExecuteAsync(
            new IncidentDetails(DateTimeOffset.UtcNow.AddDays(-1), IncidentType.IndirectFire, "Block D")));
        await StepAsync(Roles.Security, sp => sp.GetRequiredService<RecordCasualty>().ExecuteAsync(incident.Id, new CasualtyDetails(person.RegistrationNumber, outcome)));
    }

    public async Task WalkOutAsync(Person person)
    {
        var version = await factory.WithDbAsync(db => db.Cases.Where(c => c.Id == person.CaseId).Select(c => c.Version).SingleAsync());
        await StepAsync(Roles.Protection, sp => sp.GetRequiredService<RecordWalkOut>().ExecuteAsync(person.CaseId,
            new WalkOutDetails(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1), "Partner safe house", [WalkOutAsks.Return], Officer), version));
    }

    private Task<long> VersionAsync(Guid requestId) =>
        factory.WithDbAsync(db => db.Set<FamilyRequest>().Where(r => r.Id == requestId).Select(r => r.Version).SingleAsync());

    private async Task<T> StepAsync<T>(string role, Func<IServiceProvider, Task<Result<T>>> step)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Actor>().Set($"step-{role}", $"step.{role.ToLowerInvariant()}", "127.0.0.1", [role]);
        var result = await step(scope.ServiceProvider);
        result.Succeeded.ShouldBeTrue($"{role}: {result.Problem?.Title} {result.Problem?.Detail}");
        return result.Value;
    }
}
