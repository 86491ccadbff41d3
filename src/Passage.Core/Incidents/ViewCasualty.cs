using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Audit.BreakGlass;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Incidents;

/// <summary>
/// Who one casualty is: for the security officer, or for someone holding an emergency grant to this casualty. Anyone else
/// gets "not found", exactly as for a casualty that does not exist, and the refusal is audited. Every view is audited,
/// marked with the grant it used.
/// </summary>
public sealed class ViewCasualty(PassageDbContext db, Actor actor, AuditLog audit, TimeProvider clock)
{
    private readonly BreakGlassAccess _breakGlass = new(db, clock);

    /// <summary>The casualty and the end of the emergency grant it was opened under (null for the security officer).</summary>
    public async Task<Result<(CasualtyView Casualty, DateTimeOffset? GrantUntil)>> ExecuteAsync(Guid casualtyId, CancellationToken ct = default)
    {
        var grant = actor.CanEverywhere(Permission.ReadCasualties)
            ? null
            : await _breakGlass.ActiveGrantAsync(actor, BreakGlassRecord.Casualty, casualtyId, ct);
        if (!actor.CanEverywhere(Permission.ReadCasualties) && grant is null)
        {
            return await _breakGlass.RefuseAsync(actor, BreakGlassRecord.Casualty, casualtyId, ct);
        }

        var casualty = await CasualtyQuery.Identified(db, c => c.Id == casualtyId).SingleOrDefaultAsync(ct);
        if (casualty is null)
        {
            return Problem.NotFound(nameof(BreakGlassRecord.Casualty));
        }

        // Audited by the casualty's id alone: the audit log's readers must not learn from it who was hurt.
        await audit.RecordNowAsync(AuditAction.Viewed, nameof(Casualty), casualtyId.ToString(), BreakGlassAccess.AuditDetail(grant), ct);
        return (casualty, grant?.ExpiresAt);
    }
}
