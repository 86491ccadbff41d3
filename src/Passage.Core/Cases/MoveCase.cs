using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Cases;

/// <summary>
/// Moves a case by hand to another status through the lifecycle table: only the transitions no flow owns (on hold and
/// release, withdrawn, left camp). Refused with the reason when the table, the owning flow, the actor's
/// permission or the guard says no; refused as a conflict when someone else changed the case since the actor read it.
/// A refusal is audited; it changes nothing else.
/// </summary>
public sealed class MoveCase(PassageDbContext db, Actor actor, AuditLog audit, CaseFactsQuery facts, TimeProvider clock)
{
    public async Task<Result<CaseEvent>> ExecuteAsync(Guid caseId, CaseStatus to, string? reason, long expectedVersion, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.ReadCases))
        {
            return Problem.NotFound("Case");
        }

        var @case = await db.Cases.SingleOrDefaultAsync(c => c.Id == caseId, ct);
        if (@case is null)
        {
            return Problem.NotFound("Case");
        }

        if (@case.Version != expectedVersion)
        {
            return Problem.Conflict();
        }

        var closedFrom = CaseClosing.ClosesFrom(@case);
        var moved = @case.TryMove(to, reason, await facts.ExecuteAsync(caseId, ct), actor, clock.GetUtcNow());
        if (!moved.Succeeded)
        {
            if (moved.Problem!.Kind == ProblemKind.Refused)
            {
                await audit.RecordNowAsync(AuditAction.Refused, nameof(Case), caseId.ToString(), $"transition to {to} refused", ct);
            }

            return moved;
        }

        await using var transaction = await db.Database.BeginOrNestTransactionAsync(ct);
        try
        {
            await CaseClosing.SaveClosedAsync(db, caseId, closedFrom, to, actor, clock.GetUtcNow(), ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problem.Conflict();
        }

        await transaction.CommitAsync(ct);
        return moved;
    }
}
