using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Audit.BreakGlass;

/// <summary>The auditor's finding on one emergency access: justified or not, with an optional note. The review is audited with the reviewer.</summary>
public sealed class ReviewBreakGlass(PassageDbContext db, Actor actor, TimeProvider clock)
{
    public async Task<Result<BreakGlassGrantView>> ExecuteAsync(Guid grantId, bool? justified, string? note, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.ReviewBreakGlass))
        {
            return Problem.NotFound("Emergency access");
        }

        var grant = await db.BreakGlassGrants.SingleOrDefaultAsync(g => g.Id == grantId, ct);
        if (grant is null)
        {
            return Problem.NotFound("Emergency access");
        }

        var errors = new ValidationErrors();
        if (justified is null)
        {
            errors.Add("Justified", "Say whether the access was justified.");
        }

        var text = BreakGlassText.Check("Note", note, required: false, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var now = clock.GetUtcNow();
        if (grant.Review(actor, justified!.Value, text, now) is { } refused)
        {
            return refused;
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problem.Conflict();
        }

        return BreakGlassGrantView.Of(grant, now);
    }
}
