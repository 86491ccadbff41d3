using Microsoft.EntityFrameworkCore;
using Passage.Core.FamilyContact;
using Passage.Core.Storage;

namespace Passage.Core.Retention;

/// <summary>
/// Family contact requests that ended without contact in force (no one found, declined, consent withdrawn) are deleted with
/// the contacts made and the security flags raised on them; the clock starts at the last answer, or at the finding that no
/// one matched. A request whose consent is still in force is kept.
/// </summary>
internal sealed class EndedFamilyRequests : RetentionRule
{
    public override RetentionKind Kind => RetentionKind.FamilyRequests;

    public override string EntityType => nameof(FamilyRequest);

    public override async Task<List<ExpiredRecord>> FindAsync(PassageDbContext db, DateTimeOffset cutoff, CancellationToken ct)
    {
        var ended = await db.Set<FamilyRequest>()
            .Where(r => r.Stage == FamilyRequestStage.NoneFound || r.Stage == FamilyRequestStage.Declined || r.Stage == FamilyRequestStage.ConsentWithdrawn)
            .Where(r => (r.AnsweredAt != null && r.AnsweredAt <= cutoff) || (r.AnsweredAt == null && r.MatchedAt != null && r.MatchedAt <= cutoff))
            .Select(r => new { r.Id, r.AnsweredAt, r.MatchedAt })
            .ToListAsync(ct);
        return ended.Select(r => new ExpiredRecord(r.Id, (r.AnsweredAt ?? r.MatchedAt)!.Value)).ToList();
    }

    public override async Task ApplyAsync(PassageDbContext db, IReadOnlyList<string> records, DateTimeOffset now, CancellationToken ct)
    {
        var ids = Guids(records);
        db.Set<FamilyRequestFlag>().RemoveRange(await db.Set<FamilyRequestFlag>().Where(f => ids.Contains(f.RequestId)).ToListAsync(ct));
        db.Set<FamilyRequest>().RemoveRange(await db.Set<FamilyRequest>().Include(r => r.Contacts).Where(r => ids.Contains(r.Id)).ToListAsync(ct));
    }
}
