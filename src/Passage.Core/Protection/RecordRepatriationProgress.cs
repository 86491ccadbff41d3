using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Protection;

/// <summary>
/// Records the origin country's acceptance and the travel documents of a case asked to return. Once both are in, the case
/// moves from Repatriation requested to Repatriation cleared through the repatriation flow.
/// </summary>
public sealed class RecordRepatriationProgress(PassageDbContext db, Actor actor, CaseFactsQuery facts, TimeProvider clock)
{
    public const string HistoryReason = "The origin country accepted the return and travel documents are issued.";

    public async Task<Result<RepatriationProgress>> ExecuteAsync(
        Guid caseId, bool originAccepted, bool documentsIssued, DateOnly on, string? note, long expectedVersion, CancellationToken ct = default)
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

        if (@case.Status != CaseStatus.RepatriationRequested)
        {
            return Problem.Refused($"Acceptance and travel documents are recorded for a case asked to return; this case is {CaseStatuses.Label(@case.Status)}.");
        }

        var now = clock.GetUtcNow();
        var errors = new ValidationErrors();
        OperationDates.CheckPast(on, DateOnly.FromDateTime(now.UtcDateTime), "On", errors);
        var text = TextRules.FreeText(note, "Note", errors, TextRules.ReasonLength);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var progress = new RepatriationProgress(caseId, originAccepted, documentsIssued, on, text, actor, now);
        db.Add(progress);
        if (progress.Clears)
        {
            var moved = @case.TryMoveThrough(CaseFlow.Repatriation, CaseStatus.RepatriationCleared, HistoryReason, await facts.ExecuteAsync(caseId, ct), actor, now);
            if (!moved.Succeeded)
            {
                return moved.Problem!;
            }
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problem.Conflict();
        }

        return progress;
    }
}
