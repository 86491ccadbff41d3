using Microsoft.EntityFrameworkCore;
using Passage.Core.Storage;
using Passage.Core.Verification;

namespace Passage.Core.Retention;

/// <summary>
/// Answered identity verification requests have their claim anonymised (<see cref="VerificationRequest.AnonymiseClaim"/>);
/// the clock starts at the answer. An unanswered request is kept: the country is still waiting.
/// </summary>
internal sealed class AnsweredVerificationRequests : RetentionRule
{
    public override RetentionKind Kind => RetentionKind.VerificationRequests;

    public override string EntityType => nameof(VerificationRequest);

    public override async Task<List<ExpiredRecord>> FindAsync(PassageDbContext db, DateTimeOffset cutoff, CancellationToken ct)
    {
        var answered = await db.VerificationRequests
            .Where(r => r.AnonymisedAt == null && r.AnsweredAt != null && r.AnsweredAt <= cutoff)
            .Select(r => new { r.Id, r.AnsweredAt })
            .ToListAsync(ct);
        return answered.Select(r => new ExpiredRecord(r.Id, r.AnsweredAt!.Value)).ToList();
    }

    public override async Task ApplyAsync(PassageDbContext db, IReadOnlyList<string> records, DateTimeOffset now, CancellationToken ct)
    {
        var ids = Guids(records);
        var requests = await db.VerificationRequests.Include(r => r.Candidates).Where(r => ids.Contains(r.Id)).ToListAsync(ct);
        foreach (var request in requests)
        {
            request.AnonymiseClaim(now);
        }
    }
}
