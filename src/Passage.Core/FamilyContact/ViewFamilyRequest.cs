using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.FamilyContact;

/// <summary>One family request in full, for whoever may read family requests; "not found" to everyone else. Audited.</summary>
public sealed class ViewFamilyRequest(PassageDbContext db, Actor actor, AuditLog audit)
{
    public async Task<Result<FamilyRequestView>> ExecuteAsync(Guid requestId, CancellationToken ct = default)
    {
        if (!actor.MayRead(FieldGroup.FamilyRequests))
        {
            return Problem.NotFound(FamilyRequests.Entity);
        }

        var request = await db.Set<FamilyRequest>().AsNoTracking().Include(r => r.Contacts).SingleOrDefaultAsync(r => r.Id == requestId, ct);
        if (request is null)
        {
            return Problem.NotFound(FamilyRequests.Entity);
        }

        var sought = request.MatchedPersonId is { } id ? await db.Persons.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct) : null;
        await audit.RecordNowAsync(AuditAction.Viewed, nameof(FamilyRequest), requestId.ToString(), $"family request {request.Number}", ct);
        return FamilyRequestView.Of(request, sought);
    }
}
