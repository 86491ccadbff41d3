using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.FamilyContact;

/// <summary>Records a contact made through the agency — a message passed, a call arranged — within the consent in force.</summary>
public sealed class RecordFamilyContact(PassageDbContext db, Actor actor, TimeProvider clock)
{
    public async Task<Result<FamilyContactMade>> ExecuteAsync(Guid requestId, ContactKind kind, string? note, long expectedVersion, CancellationToken ct = default)
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

        var text = TextRules.Required(note, "Note", "Say what was passed on or arranged.");
        if (!text.Succeeded)
        {
            return text.Problem!;
        }

        if (!Enum.IsDefined(kind))
        {
            return Problem.Invalid("Kind", "Choose a message passed or a call arranged.");
        }

        var made = request.RecordContact(kind, text.Value, actor, clock.GetUtcNow());
        return made.Succeeded ? await FamilyRequests.SaveAsync(db, request, expectedVersion, made.Value, ct) : made;
    }
}
