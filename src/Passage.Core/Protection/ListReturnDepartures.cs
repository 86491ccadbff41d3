using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Protection;

/// <summary>A case cleared to return to the origin country, waiting for the movement officer to confirm its departure.</summary>
public sealed record ReturnDeparture(Guid CaseId, string CaseNumber, int Members, DateOnly? ClearedOn, long Version);

/// <summary>
/// The cases cleared to return, for the movement officer who confirms that they left (<see cref="ConfirmRepatriationDeparture"/>).
/// Only what organising the departure needs: the case, how many travel, since when it is cleared. Audited with the case numbers shown.
/// </summary>
public sealed class ListReturnDepartures(PassageDbContext db, Actor actor, AuditLog audit)
{
    public async Task<Result<IReadOnlyList<ReturnDeparture>>> ExecuteAsync(CancellationToken ct = default)
    {
        if (!actor.Can(Permission.ManageMovements))
        {
            return Problem.NotFound(nameof(Case));
        }

        var cases = await db.Cases.AsNoTracking().Where(c => c.Status == CaseStatus.RepatriationCleared).OrderBy(c => c.CaseNumber)
            .Select(c => new { c.Id, c.CaseNumber, c.Version, Members = db.Persons.Count(p => p.CaseId == c.Id && p.MergedIntoId == null) })
            .ToListAsync(ct);
        var ids = cases.Select(c => c.Id).ToList();
        var cleared = (await db.Set<RepatriationProgress>().AsNoTracking().Where(p => ids.Contains(p.CaseId) && p.OriginAccepted && p.DocumentsIssued)
                .Select(p => new { p.CaseId, p.On }).ToListAsync(ct))
            .GroupBy(p => p.CaseId).ToDictionary(g => g.Key, g => g.Max(p => p.On));
        var items = cases.Select(c => new ReturnDeparture(c.Id, c.CaseNumber, c.Members, cleared.TryGetValue(c.Id, out var on) ? on : null, c.Version)).ToList();
        await audit.RecordNowAsync(AuditAction.Searched, nameof(Case), "return-departures", $"returns to confirm shown: {string.Join(", ", items.Select(i => i.CaseNumber))}", ct);
        return items;
    }
}
