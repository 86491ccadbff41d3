using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Interviews;

/// <summary>
/// A person's interviews, every version: the full record for protection officers, the choice and preferred countries only
/// for resettlement officers, and "not found" for everyone else. Every view is audited.
/// </summary>
public sealed class ViewInterviews(PassageDbContext db, Actor actor, AuditLog audit)
{
    public async Task<Result<PersonInterviews>> ExecuteAsync(Guid personId, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.ReadResettlementChoice))
        {
            return Problem.NotFound("Person");
        }

        var person = await db.Persons.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId, ct);
        if (person is null)
        {
            return Problem.NotFound("Person");
        }

        var withRecord = actor.MayRead(FieldGroup.InterviewRecord);
        var interviews = await db.Interviews.AsNoTracking().Include(i => i.Preferences)
            .Where(i => i.PersonId == personId).OrderByDescending(i => i.Sequence).ToListAsync(ct);
        var views = interviews.Select((i, n) => InterviewViews.For(i, inForce: n == 0, withRecord, familyView: false)).ToList();

        var lists = await db.ThirdPartyLists.AsNoTracking().Where(l => l.Entries.Any(e => e.PersonId == personId))
            .OrderByDescending(l => l.ReceivedOn).Select(l => new ListMention(l.Id, l.Sender, l.ReceivedOn, l.Kind)).ToListAsync(ct);

        await audit.RecordNowAsync(AuditAction.Viewed, nameof(Interview), personId.ToString(), withRecord ? "interview record" : "choice only", ct);
        return new PersonInterviews(person.Id, person.RegistrationNumber, person.FullName, person.FullNameArabic, views, lists);
    }
}
