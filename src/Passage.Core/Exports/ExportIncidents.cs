using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Common;
using Passage.Core.Incidents;
using Passage.Core.Storage;

namespace Passage.Core.Exports;

/// <summary>
/// The incident list as a file, latest first: when, what, where and how many were injured and killed. Never who: the
/// casualties have no column, whoever exports.
/// </summary>
public sealed class ExportIncidents(PassageDbContext db, Actor actor, AuditLog audit)
{
    public async Task<Result<ExportFile>> ExecuteAsync(ExportFormat format, bool hxl = false, CancellationToken ct = default)
    {
        if (await ExportRules.CheckAsync(actor, audit, ExportList.Incidents, nameof(Incident), format, hxl, [], null, ct) is { } problem)
        {
            return problem;
        }

        var columns = ExportColumns.For(actor, ExportList.Incidents, ExportColumns.Incidents);
        return new ExportFile(audit, "incidents", nameof(Incident), "", format, [.. columns.Select(c => c.Name)], token => Rows(columns, token));
    }

    private async IAsyncEnumerable<ExportRow> Rows(IReadOnlyList<ExportColumn<IncidentSummary>> columns, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var incident in ExportRules.InBatches<IncidentSummary>((_, read, token) => BatchAsync(read, token), ct))
        {
            yield return ExportRules.Row(incident.Id.ToString(), columns, incident);
        }
    }

    private async Task<List<IncidentSummary>> BatchAsync(int skip, CancellationToken ct) =>
        (await db.Incidents.AsNoTracking()
            .OrderByDescending(i => i.OccurredAt).ThenBy(i => i.Id).Skip(skip).Take(ExportRules.Batch)
            .Select(i => new
            {
                i.Id,
                i.OccurredAt,
                i.Type,
                i.Location,
                Injured = db.Casualties.Count(c => c.IncidentId == i.Id && c.Outcome == CasualtyOutcome.Injured),
                Killed = db.Casualties.Count(c => c.IncidentId == i.Id && c.Outcome == CasualtyOutcome.Killed),
            })
            .ToListAsync(ct))
        .Select(i => new IncidentSummary(i.Id, i.OccurredAt, i.Type, i.Location, i.Injured, i.Killed))
        .ToList();
}
