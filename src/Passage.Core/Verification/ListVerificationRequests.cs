using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Storage;

namespace Passage.Core.Verification;

/// <summary>The requests the actor asked for (a delegate: their country's; the agency: every country's), latest first. Audited as a search.</summary>
public sealed class ListVerificationRequests(PassageDbContext db, Actor actor, AuditLog audit)
{
    public const int Limit = 200;

    public async Task<IReadOnlyList<VerificationRequestView>> ExecuteAsync(CancellationToken ct = default)
    {
        if (!VerificationAccess.MayAsk(actor))
        {
            return [];
        }

        var requests = await VerificationAccess.Visible(db.VerificationRequests.AsNoTracking(), actor)
            .OrderByDescending(r => r.SubmittedAt).ThenBy(r => r.Id).Take(Limit).ToListAsync(ct);
        await audit.RecordNowAsync(AuditAction.Searched, nameof(VerificationRequest), "*", $"{requests.Count} shown", ct);
        return requests.Select(VerificationRequestView.Of).ToList();
    }
}
