using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Audit.BreakGlass;

/// <summary>
/// Whether the acting user holds emergency access to a record right now. Kept apart from the use cases that open
/// records, so that each honours a grant with one lookup. What a grant opens:
/// a person's biodata and specific needs in full (not their family links, case history or interviews);
/// a case's members and status (not its history, and no transition);
/// who one casualty of an incident is (not the other casualties, nor the incident's sources).
/// </summary>
public sealed class BreakGlassAccess(PassageDbContext db, TimeProvider clock)
{
    /// <summary>The permissions a grant stands in for on a record of <paramref name="kind"/>.</summary>
    public static IReadOnlyList<Permission> Opens(BreakGlassRecord kind) => kind switch
    {
        BreakGlassRecord.Person => [Permission.ReadBiodata, Permission.ReadSpecificNeeds],
        BreakGlassRecord.Case => [Permission.ReadCases],
        BreakGlassRecord.Casualty => [Permission.ReadCasualties],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown record kind."),
    };

    /// <summary>The permission without which the record does not open at all: its page is then the "not allowed" page.</summary>
    public static Permission Gate(BreakGlassRecord kind) => Opens(kind)[0];

    /// <summary>Whether the actor may ask for emergency access to such a record: their role may break glass and lacks part of what a grant opens.</summary>
    public static bool MayRequest(Actor actor, BreakGlassRecord kind) =>
        actor.Can(Permission.BreakGlass) && !Opens(kind).All(actor.CanEverywhere);

    /// <summary>Whether a record that did not open should show the "not allowed" page with the form for a reason, instead of "not found".</summary>
    public static bool OffersOnDenial(Actor actor, BreakGlassRecord kind) => MayRequest(actor, kind) && !actor.CanEverywhere(Gate(kind));

    /// <summary>What the audit entry of a view under a grant says, so every such view is marked; null for an ordinary view.</summary>
    public static string? AuditDetail(BreakGlassGrant? grant) => grant is null ? null : $"break-glass grant {grant.Id}";

    /// <summary>The actor's grant to the record that is in force now, or null.</summary>
    public async Task<BreakGlassGrant?> ActiveGrantAsync(Actor actor, BreakGlassRecord kind, Guid id, CancellationToken ct = default)
    {
        if (!MayRequest(actor, kind))
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var grants = await db.BreakGlassGrants.AsNoTracking()
            .Where(g => g.UserId == actor.UserId && g.RecordKind == kind && g.RecordId == id && g.ExpiresAt > now)
            .ToListAsync(ct);
        return grants.Where(g => g.IsActiveAt(now)).MaxBy(g => g.ExpiresAt);
    }

    /// <summary>Audits a record the actor may not open (its id only) and answers exactly as for a record that does not exist.</summary>
    public async Task<Problem> RefuseAsync(Actor actor, BreakGlassRecord kind, Guid id, CancellationToken ct = default)
    {
        await new AuditLog(db, actor, clock).RecordNowAsync(AuditAction.Refused, kind.ToString(), id.ToString(), "not allowed to open", ct);
        return Problem.NotFound(kind.ToString());
    }
}
