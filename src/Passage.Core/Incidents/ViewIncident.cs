using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Incidents;

/// <summary>
/// One incident with its casualties: who they are for the security officer; their number and outcome alone for other
/// operation staff. Audited with the casualties it named, by their ids: the audit log must not tell its readers who was hurt.
/// </summary>
public sealed class ViewIncident(PassageDbContext db, Actor actor, AuditLog audit)
{
    public async Task<Result<IncidentView>> ExecuteAsync(Guid incidentId, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.ReadIncidents))
        {
            return Problem.NotFound(nameof(Incident));
        }

        var incident = await db.Incidents.AsNoTracking().SingleOrDefaultAsync(i => i.Id == incidentId, ct);
        if (incident is null)
        {
            return Problem.NotFound(nameof(Incident));
        }

        var identified = actor.MayRead(FieldGroup.Casualties);
        var casualties = identified
            ? await CasualtyQuery.Identified(db, c => c.IncidentId == incidentId).ToListAsync(ct)
            : await db.Casualties.AsNoTracking().Where(c => c.IncidentId == incidentId)
                .OrderBy(c => c.RecordedAt).ThenBy(c => c.Id)
                .Select(c => new CasualtyView(c.Id, c.IncidentId, c.Outcome, null, null, null, null, null)).ToListAsync(ct);
        await audit.RecordNowAsync(AuditAction.Viewed, nameof(Incident), incidentId.ToString(),
            identified && casualties.Count > 0 ? "casualties shown: " + string.Join(", ", casualties.Select(c => c.Id)) : null, ct);
        return new IncidentView(
            incident.Id, incident.OccurredAt, incident.Type, incident.Location,
            identified ? incident.Description : null, identified ? incident.Sources : null,
            casualties.Count(c => c.Outcome == CasualtyOutcome.Injured), casualties.Count(c => c.Outcome == CasualtyOutcome.Killed),
            casualties, incident.Version);
    }
}
