using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Protection;

/// <summary>
/// The walk-outs, latest first, with their whereabouts: for whoever may read whereabouts (protection officers) and nobody
/// else, to whom they do not exist. Audited with the case numbers shown.
/// </summary>
public sealed class ListWalkOuts(PassageDbContext db, Actor actor, AuditLog audit)
{
    public async Task<Result<Page<WalkOutView>>> ExecuteAsync(int? page = null, int? pageSize = null, CancellationToken ct = default)
    {
        if (!actor.MayRead(FieldGroup.Whereabouts))
        {
            return Problem.NotFound("Walk-out");
        }

        var paging = Paging.Check(page, pageSize);
        if (!paging.Succeeded)
        {
            return paging.Problem!;
        }

        var (number, size) = paging.Value;
        var rows = await db.Set<WalkOut>()
            .Join(db.Cases, w => w.CaseId, c => c.Id, (w, c) => new { WalkOut = w, c.CaseNumber })
            .OrderByDescending(r => r.WalkOut.LeftOn).ThenBy(r => r.CaseNumber)
            .Skip((number - 1) * size).Take(size)
            .ToListAsync(ct);
        var total = await db.Set<WalkOut>().CountAsync(ct);
        var items = rows.Select(r => WalkOutView.Of(r.WalkOut, r.CaseNumber)).ToList();
        await audit.RecordNowAsync(AuditAction.Searched, nameof(WalkOut), "list", $"walk-outs shown: {string.Join(", ", items.Select(i => i.CaseNumber))}", ct);
        return new Page<WalkOutView>(items, number, size, total);
    }
}
