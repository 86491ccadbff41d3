using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Registry.Matching;
using Passage.Core.Storage;

namespace Passage.Core.FamilyContact;

/// <summary>
/// The tracing officer confirms one of the request's candidates as the person sought, or that none is. The requester
/// learns nothing from it: their answer stays the standard one until the sought person consents.
/// </summary>
public sealed class ConfirmFamilyCandidate(PassageDbContext db, Actor actor, RegistryIndex index, TimeProvider clock)
{
    public async Task<Result<FamilyRequest>> ExecuteAsync(Guid requestId, Guid? personId, long expectedVersion, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.WriteFamilyRequests))
        {
            return Problem.NotFound(FamilyRequests.Entity);
        }

        var request = await FamilyRequests.FindAsync(db, requestId, ct);
        if (request is null)
        {
            return Problem.NotFound(FamilyRequests.Entity);
        }

        if (request.Version != expectedVersion)
        {
            return Problem.Conflict();
        }

        if (personId is { } id && (await FindFamilyCandidates.CandidatesAsync(db, index, request, ct)).All(c => c.PersonId != id))
        {
            return Problem.Invalid("PersonId", "Only one of this request's candidates can be confirmed.");
        }

        var confirmed = request.Confirm(personId, actor, clock.GetUtcNow());
        return confirmed.Succeeded ? await FamilyRequests.SaveAsync(db, request, expectedVersion, request, ct) : confirmed;
    }
}
