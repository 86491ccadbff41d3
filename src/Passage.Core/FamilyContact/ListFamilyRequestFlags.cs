using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.FamilyContact;

/// <summary>
/// The security officer's list of flagged requesters, latest first: who asked, how to reach them and why they are flagged;
/// never whom they sought or what the agency found. Audited.
/// </summary>
public sealed class ListFamilyRequestFlags(PassageDbContext db, Actor actor, AuditLog audit)
{
    public async Task<Result<Page<FamilyRequestFlagView>>> ExecuteAsync(int? page = null, int? pageSize = null, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.ReadFamilyRequestFlags))
        {
            return Problem.NotFound("Flag");
        }

        var paging = Paging.Check(page, pageSize);
        if (!paging.Succeeded)
        {
            return paging.Problem!;
        }

        var (number, size) = paging.Value;
        var rows = await db.Set<FamilyRequestFlag>().AsNoTracking()
            .Join(db.Set<FamilyRequest>(), f => f.RequestId, r => r.Id, (f, r) => new { Flag = f, r.Number, r.RequesterName, r.Relationship, r.RequesterContact })
            .OrderByDescending(x => x.Flag.RaisedAt).ThenBy(x => x.Number)
            .Skip((number - 1) * size).Take(size)
            .ToListAsync(ct);
        var total = await db.Set<FamilyRequestFlag>().CountAsync(ct);
        var items = rows.Select(x => new FamilyRequestFlagView(x.Flag.Id, x.Flag.RaisedAt, x.Flag.Reason, x.Number, x.RequesterName, x.Relationship, x.RequesterContact)).ToList();
        await audit.RecordNowAsync(AuditAction.Searched, nameof(FamilyRequestFlag), "list", $"flags shown for requests: {string.Join(", ", items.Select(i => i.RequestNumber))}", ct);
        return new Page<FamilyRequestFlagView>(items, number, size, total);
    }
}
