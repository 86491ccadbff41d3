using Microsoft.EntityFrameworkCore;
using Passage.Core.Audit;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Accounts;

/// <summary>A decided role change as the auditor reviews it.</summary>
public sealed record RoleChangeView(
    Guid Id,
    string UserName,
    string Role,
    RoleChangeKind Kind,
    RoleChangeState State,
    string RequestedByName,
    DateTimeOffset RequestedAt,
    string? DecidedByName,
    DateTimeOffset? DecidedAt,
    string? ReviewedByName,
    DateTimeOffset? ReviewedAt);

/// <summary>The auditor's list of role grants, rejections and removals, the ones not yet reviewed first; marking one reviewed.</summary>
public sealed class ReviewRoleChanges(PassageDbContext db, Actor actor, AuditLog audit, TimeProvider clock)
{
    public const int MaxShown = 500;

    public async Task<Result<IReadOnlyList<RoleChangeView>>> ListAsync(bool includeReviewed, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.ReadAudit))
        {
            return Problem.NotFound("Role changes");
        }

        var query = db.RoleChanges.AsNoTracking().Where(c => c.State != RoleChangeState.Pending);
        if (!includeReviewed)
        {
            query = query.Where(c => c.ReviewedAt == null);
        }

        var changes = await query.ToListAsync(ct);
        return changes.OrderBy(c => c.ReviewedAt is not null).ThenByDescending(c => c.DecidedAt).Take(MaxShown).Select(View).ToList();
    }

    public async Task<Result<RoleChangeView>> MarkReviewedAsync(Guid id, CancellationToken ct = default)
    {
        var change = actor.Can(Permission.ReadAudit) ? await db.RoleChanges.SingleOrDefaultAsync(c => c.Id == id, ct) : null;
        if (change is null)
        {
            return Problem.NotFound("Role change");
        }

        if (change.MarkReviewed(actor, clock.GetUtcNow()) is { } refused)
        {
            return refused;
        }

        audit.Record(AuditAction.RoleChangeReviewed, nameof(PassageUser), change.UserId, change.Describe());
        await db.SaveChangesAsync(ct);
        return View(change);
    }

    private static RoleChangeView View(RoleChange c) => new(
        c.Id, c.UserName, c.Role, c.Kind, c.State, c.RequestedByName, c.RequestedAt, c.DecidedByName, c.DecidedAt, c.ReviewedByName, c.ReviewedAt);
}
