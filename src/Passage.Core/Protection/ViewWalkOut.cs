using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Protection;

/// <summary>One case's walk-out with its whereabouts, for whoever may read whereabouts; "not found" to everyone else. Audited.</summary>
public sealed class ViewWalkOut(PassageDbContext db, Actor actor, AuditLog audit)
{
    public async Task<Result<WalkOutView>> ExecuteAsync(Guid caseId, CancellationToken ct = default)
    {
        if (!actor.MayRead(FieldGroup.Whereabouts))
        {
            return Problem.NotFound("Walk-out");
        }

        var row = await db.Set<WalkOut>().Where(w => w.CaseId == caseId)
            .Join(db.Cases, w => w.CaseId, c => c.Id, (w, c) => new { WalkOut = w, c.CaseNumber })
            .SingleOrDefaultAsync(ct);
        if (row is null)
        {
            return Problem.NotFound("Walk-out");
        }

        await audit.RecordNowAsync(AuditAction.Viewed, nameof(WalkOut), caseId.ToString(), $"walk-out of {row.CaseNumber}", ct);
        return WalkOutView.Of(row.WalkOut, row.CaseNumber);
    }
}
