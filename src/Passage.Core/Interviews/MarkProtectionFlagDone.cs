using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Interviews;

/// <summary>
/// Marks a protection flag done, with a note of what the officer did (talked to the resident alone, interviewed again, …).
/// Only a flag the officer can see, only once; the flag stays listed as done, with the note.
/// </summary>
public sealed class MarkProtectionFlagDone(PassageDbContext db, Actor actor, TimeProvider clock)
{
    public const string NoteField = "Note";

    public async Task<Result<ProtectionFlag>> ExecuteAsync(string? key, string? note, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.WriteInterviewRecord) || string.IsNullOrEmpty(key) || key.Length > ProtectionFlagReview.KeyLength)
        {
            return Problem.NotFound("Protection flag");
        }

        var flag = await new ProtectionFlags(db, actor).FindAsync(key, ct);
        if (flag is null)
        {
            return Problem.NotFound("Protection flag");
        }

        if (flag.Done is { } done)
        {
            return Problem.Refused($"{done.ByName} marked this flag done on {done.At:yyyy-MM-dd}.");
        }

        var checkedNote = TextRules.Required(note, NoteField, "Say what was done, for example that you talked to the resident alone.", TextRules.NoteLength);
        if (!checkedNote.Succeeded)
        {
            return checkedNote.Problem!;
        }

        var now = clock.GetUtcNow();
        db.ProtectionFlagReviews.Add(ProtectionFlagReview.Done(flag, checkedNote.Value, actor, now));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another officer marked it done at the same moment: the unique key refused the second.
            return Problem.Conflict();
        }

        return flag with { Done = new ProtectionFlagDone(actor.UserName, now, checkedNote.Value) };
    }
}
