using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.FamilyContact;

/// <summary>The sought person withdraws their consent, at any time; the requester is told the standard answer again.</summary>
public sealed class WithdrawFamilyConsent(PassageDbContext db, Actor actor, TimeProvider clock)
{
    public async Task<Result<FamilyRequest>> ExecuteAsync(Guid requestId, string? note, long expectedVersion, CancellationToken ct = default)
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

        var text = TextRules.Required(note, "Note", "Record what they said, in their words.");
        if (!text.Succeeded)
        {
            return text.Problem!;
        }

        var withdrawn = request.WithdrawConsent(text.Value, actor, clock.GetUtcNow());
        return withdrawn.Succeeded ? await FamilyRequests.SaveAsync(db, request, expectedVersion, request, ct) : withdrawn;
    }
}
