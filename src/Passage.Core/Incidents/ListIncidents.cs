using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Storage;

namespace Passage.Core.Incidents;

/// <summary>Incidents, latest first, with how many were injured and killed in each: for operation staff. Audited as a search.</summary>
public sealed class ListIncidents(PassageDbContext db, Actor actor, AuditLog audit)
{
    public const int Limit = 200;

    public async Task<IReadOnlyList<IncidentSummary>> ExecuteAsync(CancellationToken ct = default)
    {
        if (!actor.Can(Permission.ReadIncidents))
        {
            return [];
        }

        var rows = await db.Incidents.AsNoTracking()
            .Select(i => new
            {
                i.Id,
                i.OccurredAt,
                i.Type,
                i.Location,
                Injured = db.Casualties.Count(c => c.IncidentId == i.Id && c.Outcome == CasualtyOutcome.Injured),
                Killed = db.Casualties.Count(c => c.IncidentId == i.Id && c.Outcome == CasualtyOutcome.Killed),
            })
            .OrderByDescending(i => i.OccurredAt).ThenBy(i => i.Id).Take(Limit)
            .ToListAsync(ct);
        await audit.RecordNowAsync(AuditAction.Searched, nameof(Incident), "*", $"{rows.Count} shown", ct);
        return rows.Select(i => new IncidentSummary(i.Id, i.OccurredAt, i.Type, i.Location, i.Injured, i.Killed)).ToList();
    }
}
