using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.FamilyContact;

/// <summary>
/// Records what the sought person answered when the agency asked them, alone, whether they want contact with this
/// requester: accept, a message only, or decline. An answer given with anyone else present is not recorded.
/// </summary>
public sealed class RecordFamilyConsent(PassageDbContext db, Actor actor, TimeProvider clock)
{
    public async Task<Result<FamilyRequest>> ExecuteAsync(Guid requestId, ConsentAnswer answer, bool askedAlone, string? note, long expectedVersion, CancellationToken ct = default)
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

        var errors = new ValidationErrors();
        if (!Enum.IsDefined(answer))
        {
            errors.Add("Answer", "Choose their answer: accept, a message only, or decline.");
        }

        if (!askedAlone)
        {
            errors.Add("AskedAlone", "Ask them again, alone: an answer given with anyone else present is not recorded.");
        }

        var text = TextRules.FreeText(note, "Note", errors, TextRules.ReasonLength);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var answered = request.Answer(answer, text, actor, clock.GetUtcNow());
        return answered.Succeeded ? await FamilyRequests.SaveAsync(db, request, expectedVersion, request, ct) : answered;
    }
}
