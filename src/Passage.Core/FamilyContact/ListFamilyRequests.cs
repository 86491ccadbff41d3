using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.FamilyContact;

/// <summary>The family-contact inbox: requests, latest first. Audited with the request numbers shown.</summary>
public sealed class ListFamilyRequests(PassageDbContext db, Actor actor, AuditLog audit)
{
    public async Task<Result<Page<FamilyRequestSummary>>> ExecuteAsync(int? page = null, int? pageSize = null, CancellationToken ct = default)
    {
        if (!actor.MayRead(FieldGroup.FamilyRequests))
        {
            return Problem.NotFound(FamilyRequests.Entity);
        }

        var paging = Paging.Check(page, pageSize);
        if (!paging.Succeeded)
        {
            return paging.Problem!;
        }

        var (number, size) = paging.Value;
        var rows = await db.Set<FamilyRequest>().AsNoTracking()
            .OrderByDescending(r => r.ReceivedAt).ThenByDescending(r => r.Number)
            .Skip((number - 1) * size).Take(size)
            .ToListAsync(ct);
        var total = await db.Set<FamilyRequest>().CountAsync(ct);
        var items = rows.Select(r => new FamilyRequestSummary(r.Id, r.Number, r.ReceivedAt, r.RequesterName, r.Relationship, r.SoughtName, r.Stage)).ToList();
        await audit.RecordNowAsync(AuditAction.Searched, nameof(FamilyRequest), "list", $"family requests shown: {string.Join(", ", items.Select(i => i.Number))}", ct);
        return new Page<FamilyRequestSummary>(items, number, size, total);
    }
}
