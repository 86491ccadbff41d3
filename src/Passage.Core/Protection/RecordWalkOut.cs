using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Protection;

/// <summary>
/// A protection officer records that the residents of a case left the camp and asked for protection: the one way a case
/// moves to Left camp. The history says only that they left; where they are is kept in the walk-out, sealed.
/// </summary>
public sealed class RecordWalkOut(PassageDbContext db, Actor actor, AuditLog audit, CaseFactsQuery facts, TimeProvider clock)
{
    public const string HistoryReason = "Left the camp and asked for protection.";

    public async Task<Result<WalkOut>> ExecuteAsync(Guid caseId, WalkOutDetails details, long expectedVersion, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.WriteWhereabouts))
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

        var now = clock.GetUtcNow();
        var valid = details.Validate(DateOnly.FromDateTime(now.UtcDateTime));
        if (!valid.Succeeded)
        {
            return valid.Problem!;
        }

        var officer = await ProtectionOfficers.FindAsync(db, valid.Value.ResponsibleOfficer, ct);
        if (officer is null)
        {
            return Problem.Invalid(nameof(WalkOutDetails.ResponsibleOfficer), "No protection officer has this user name.");
        }

        var closedFrom = @case.Status == CaseStatus.OnHold ? @case.HeldFrom ?? @case.Status : @case.Status;
        var moved = @case.TryMoveThrough(CaseFlow.WalkOut, CaseStatus.LeftCamp, HistoryReason, await facts.ExecuteAsync(caseId, ct), actor, now);
        if (!moved.Succeeded)
        {
            await audit.RecordNowAsync(AuditAction.Refused, nameof(Case), caseId.ToString(), "walk-out refused", ct);
            return moved.Problem!;
        }

        var walkOut = WalkOut.Record(caseId, valid.Value, officer.Value, actor, now);
        db.Add(walkOut);
        await using var transaction = await db.Database.BeginOrNestTransactionAsync(ct);
        try
        {
            await CaseClosing.SaveClosedAsync(db, caseId, closedFrom, CaseStatus.LeftCamp, actor, now, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problem.Conflict();
        }

        await transaction.CommitAsync(ct);
        return walkOut;
    }
}
