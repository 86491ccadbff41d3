using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Protection;

/// <summary>A case on its way home: its status and the latest word on the origin country's acceptance and the travel documents.</summary>
public sealed record RepatriationView(Guid CaseId, string CaseNumber, CaseStatus Status, bool OriginAccepted, bool DocumentsIssued, DateOnly? LastStepOn, long Version);

/// <summary>
/// The cases asked to return or cleared to return, for whoever manages voluntary return (their choice to go home is part of
/// the interview record's choice), one page at a time by case number. Audited with the case numbers shown.
/// </summary>
public sealed class ListRepatriations(PassageDbContext db, Actor actor, AuditLog audit)
{
    public async Task<Result<Page<RepatriationView>>> ExecuteAsync(int? page = null, int? pageSize = null, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.ManageRepatriation))
        {
            return Problem.NotFound("Case");
        }

        var paging = Paging.Check(page, pageSize);
        if (!paging.Succeeded)
        {
            return paging.Problem!;
        }

        var (number, size) = paging.Value;
        var returning = db.Cases.AsNoTracking().Where(c => c.Status == CaseStatus.RepatriationRequested || c.Status == CaseStatus.RepatriationCleared);
        var cases = await returning.OrderBy(c => c.CaseNumber).ThenBy(c => c.Id).Skip((number - 1) * size).Take(size)
            .Select(c => new { c.Id, c.CaseNumber, c.Status, c.Version }).ToListAsync(ct);
        var total = await returning.CountAsync(ct);
        var ids = cases.Select(c => c.Id).ToList();
        var steps = (await db.Set<RepatriationProgress>().AsNoTracking().Where(p => ids.Contains(p.CaseId)).ToListAsync(ct))
            .GroupBy(p => p.CaseId).ToDictionary(g => g.Key, g => g.OrderBy(p => p.Id).Last());
        var items = cases.Select(c => steps.TryGetValue(c.Id, out var s)
            ? new RepatriationView(c.Id, c.CaseNumber, c.Status, s.OriginAccepted, s.DocumentsIssued, s.On, c.Version)
            : new RepatriationView(c.Id, c.CaseNumber, c.Status, false, false, null, c.Version)).ToList();
        await audit.RecordNowAsync(AuditAction.Searched, nameof(Case), "repatriations", $"returns shown: {string.Join(", ", items.Select(i => i.CaseNumber))}", ct);
        return new Page<RepatriationView>(items, number, size, total);
    }
}
