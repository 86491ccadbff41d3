using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Verification;

/// <summary>One request and its answer, as the country that asked sees it. Another country's request is not found.</summary>
public sealed class ViewVerificationRequest(PassageDbContext db, Actor actor, AuditLog audit)
{
    public async Task<Result<VerificationRequestView>> ExecuteAsync(Guid id, CancellationToken ct = default)
    {
        var request = VerificationAccess.MayAsk(actor)
            ? await VerificationAccess.Visible(db.VerificationRequests.AsNoTracking(), actor).SingleOrDefaultAsync(r => r.Id == id, ct)
            : null;
        if (request is null)
        {
            return Problem.NotFound("Verification request");
        }

        await audit.RecordNowAsync(AuditAction.Viewed, nameof(VerificationRequest), id.ToString(), ct: ct);
        return VerificationRequestView.Of(request);
    }
}
