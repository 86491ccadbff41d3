using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.FamilyContact;

/// <summary>
/// What the agency may tell the requester now: one of <see cref="RequesterAnswers.All"/>, read from the request's stage
/// alone, by the same single query whatever happened, so that neither the text nor the work behind it depends on whether
/// the person was found, declined, is unreachable, hurt, dead or gone. Audited.
/// </summary>
public sealed class AnswerFamilyRequester(PassageDbContext db, Actor actor, AuditLog audit)
{
    public async Task<Result<RequesterAnswer>> ExecuteAsync(Guid requestId, CancellationToken ct = default)
    {
        if (!actor.MayRead(FieldGroup.FamilyRequests))
        {
            return Problem.NotFound(FamilyRequests.Entity);
        }

        var stages = await db.Set<FamilyRequest>().Where(r => r.Id == requestId).Select(r => (FamilyRequestStage?)r.Stage).ToListAsync(ct);
        if (stages.Count == 0)
        {
            return Problem.NotFound(FamilyRequests.Entity);
        }

        await audit.RecordNowAsync(AuditAction.Viewed, nameof(FamilyRequest), requestId.ToString(), "answer to the requester", ct);
        return new RequesterAnswer(RequesterAnswers.For(stages[0]!.Value));
    }
}
