using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Verification;

/// <summary>
/// The requests the actor asked for (a delegate: their country's; the agency: every country's), latest first, one page at a
/// time; someone who may not ask sees none. Audited as a search.
/// </summary>
public sealed class ListVerificationRequests(PassageDbContext db, Actor actor, AuditLog audit)
{
    public async Task<Result<Page<VerificationRequestView>>> ExecuteAsync(int? page = null, int? pageSize = null, CancellationToken ct = default)
    {
        var paging = Paging.Check(page, pageSize);
        if (!paging.Succeeded)
        {
            return paging.Problem!;
        }

        var (number, size) = paging.Value;
        if (!VerificationAccess.MayAsk(actor))
        {
            return new Page<VerificationRequestView>([], number, size, 0);
        }

        var visible = VerificationAccess.Visible(db.VerificationRequests.AsNoTracking(), actor);
        var requests = await visible.OrderByDescending(r => r.SubmittedAt).ThenBy(r => r.Id).Skip((number - 1) * size).Take(size).ToListAsync(ct);
        var total = await visible.CountAsync(ct);
        await audit.RecordNowAsync(AuditAction.Searched, nameof(VerificationRequest), "*", $"{requests.Count} shown", ct);
        return new Page<VerificationRequestView>(requests.Select(VerificationRequestView.Of).ToList(), number, size, total);
    }
}
