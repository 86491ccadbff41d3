using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Protection;

/// <summary>The movement officer confirms that a case cleared to return has left for the origin country: Departed, through the repatriation flow.</summary>
public sealed class ConfirmRepatriationDeparture(PassageDbContext db, Actor actor, CaseFactsQuery facts, TimeProvider clock)
{
    public const string HistoryReason = "Left for the origin country (voluntary return).";

    public async Task<Result<CaseEvent>> ExecuteAsync(Guid caseId, long expectedVersion, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.ManageMovements))
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

        if (@case.Status != CaseStatus.RepatriationCleared)
        {
            return Problem.Refused($"Only a case cleared to return departs through the repatriation flow; this case is {CaseStatuses.Label(@case.Status)}.");
        }

        var moved = @case.TryMoveThrough(CaseFlow.Repatriation, CaseStatus.Departed, HistoryReason, await facts.ExecuteAsync(caseId, ct), actor, clock.GetUtcNow());
        if (!moved.Succeeded)
        {
            return moved;
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problem.Conflict();
        }

        return moved;
    }
}
