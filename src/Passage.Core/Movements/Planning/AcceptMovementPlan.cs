using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Movements.Planning;

/// <summary>
/// Books the bookings a movement officer kept of a proposal, all in one transaction and each through the rules of a single
/// booking (<see cref="BookCase"/>), so the database still counts every seat. All or nothing: when anything the proposal
/// relied on changed since — a movement edited, confirmed or cancelled, a case booked, put on hold or accepted elsewhere,
/// seats taken — nothing is booked and the refusal names every change it found.
/// </summary>
public sealed class AcceptMovementPlan(PassageDbContext db, Actor actor, BookCase book, MovementChanges changes, AuditLog audit, TimeProvider clock)
{
    public const int MaxBookings = 5_000;

    public async Task<Result<PlanAccepted>> ExecuteAsync(IReadOnlyList<PlannedBooking> bookings, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.ManageMovements))
        {
            return Problem.NotFound(nameof(MovementPlan));
        }

        if (bookings.Count is 0 or > MaxBookings)
        {
            return Problem.Invalid(nameof(bookings), $"Keep from 1 to {MaxBookings} bookings of the proposal to accept it.");
        }

        if (bookings.GroupBy(b => b.CaseId).Any(g => g.Count() > 1))
        {
            return Problem.Invalid(nameof(bookings), "A case travels on one movement: the plan names a case more than once.");
        }

        var movementIds = bookings.Select(b => b.MovementId).Distinct().ToList();
        var caseIds = bookings.Select(b => b.CaseId).ToList();
        var movements = await MovementAccess.Visible(db.Movements.AsNoTracking(), actor).Where(m => movementIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
        var cases = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        if (movements.Count != movementIds.Count)
        {
            return Problem.NotFound(nameof(Movement));
        }

        if (cases.Count != caseIds.Count)
        {
            return Problem.NotFound(nameof(Case));
        }

        var changed = await ChangesSinceProposalAsync(bookings, movements, cases, ct);
        if (changed.Count > 0)
        {
            return await RefusedAsync(changed, ct);
        }

        var persons = 0;
        await using var transaction = await db.Database.BeginOrNestTransactionAsync(ct);
        foreach (var planned in bookings)
        {
            var booked = await book.BookWithinAsync(planned.MovementId, planned.CaseId, ct);
            if (!booked.Succeeded)
            {
                await transaction.RollbackAsync(ct);
                changes.Discard();
                return booked.Problem!.Kind == ProblemKind.Refused
                    ? await RefusedAsync([$"Case {cases[planned.CaseId].CaseNumber} on {movements[planned.MovementId].Name}: {booked.Problem.Detail}"], ct)
                    : booked.Problem;
            }

            persons += booked.Value.Persons;
        }

        foreach (var movementId in movementIds)
        {
            if (await changes.SaveAsync(movementId, ct) is { } conflict)
            {
                return conflict;
            }
        }

        await transaction.CommitAsync(ct);
        var accepted = new PlanAccepted(bookings.Count, persons, movementIds.Count);
        await audit.RecordNowAsync(AuditAction.Created, nameof(MovementPlan), "acceptance",
            $"plan accepted: {accepted.Cases} case(s), {accepted.Persons} person(s) on {accepted.Movements} movement(s)", ct);
        return accepted;
    }

    /// <summary>What changed since the proposal, in words; empty when every booking may still be made as proposed.</summary>
    private async Task<List<string>> ChangesSinceProposalAsync(
        IReadOnlyList<PlannedBooking> bookings, Dictionary<Guid, Movement> movements, Dictionary<Guid, Case> cases, CancellationToken ct)
    {
        var changed = new List<string>();
        foreach (var movement in movements.Values.Where(m => bookings.Any(b => b.MovementId == m.Id && b.MovementVersion != m.Version)).OrderBy(m => m.DepartsAt))
        {
            changed.Add($"Movement {movement.Name} of {movement.DepartsAt:yyyy-MM-dd} was changed since the proposal; it is {MovementStatuses.Label(movement.Status)} now.");
        }

        var now = clock.GetUtcNow();
        foreach (var planned in bookings.OrderBy(b => cases[b.CaseId].CaseNumber, StringComparer.Ordinal))
        {
            var @case = cases[planned.CaseId];
            if (await book.RefusalAsync(movements[planned.MovementId], @case, now, ct) is { } refusal)
            {
                changed.Add(refusal);
            }
            else if (@case.Status != CaseStatus.Cleared)
            {
                changed.Add($"Case {@case.CaseNumber} is {CaseStatuses.Label(@case.Status)} now.");
            }
        }

        return changed;
    }

    private async Task<Problem> RefusedAsync(List<string> changed, CancellationToken ct)
    {
        await audit.RecordNowAsync(AuditAction.Refused, nameof(MovementPlan), "acceptance", $"plan refused: {changed.Count} change(s) since the proposal", ct);
        return Problem.Refused($"Nothing was booked: the situation changed since the proposal. {string.Join(" ", changed)} Propose a new plan.");
    }
}
