using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Protection;

/// <summary>
/// Starts a voluntary return: the case moves from Interviewed to Repatriation requested, only when every adult's interview
/// in force records their own choice to return, held alone with them and confirmed as informed (the lifecycle's guard:
/// <see cref="Interviews.Interview.CountsForReturn"/>).
/// </summary>
public sealed class RequestRepatriation(PassageDbContext db, Actor actor, CaseFactsQuery facts, TimeProvider clock)
{
    public const string HistoryReason = "Asked to return to the origin country; each adult's own informed choice, in a private interview.";

    public async Task<Result<CaseEvent>> ExecuteAsync(Guid caseId, long expectedVersion, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.ManageRepatriation))
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

        var known = await facts.ExecuteAsync(caseId, ct);

        // Before every adult is interviewed the lifecycle would only say that the case is not Interviewed yet: name who still
        // has no private interview recording an informed choice to return instead.
        if (@case.Status == CaseStatus.Registered && CaseLifecycle.EveryAdultChosePrivateReturn(known) is { } missing)
        {
            return Problem.Refused(missing);
        }

        var moved = @case.TryMoveThrough(CaseFlow.Repatriation, CaseStatus.RepatriationRequested, HistoryReason, known, actor, clock.GetUtcNow());
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
