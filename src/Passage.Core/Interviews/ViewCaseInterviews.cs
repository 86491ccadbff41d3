using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Interviews;

/// <summary>One member in the family view: their interview in force, or null when they have none.</summary>
public sealed record FamilyMemberInterview(Guid PersonId, string RegistrationNumber, string Name, string? NameArabic, bool IsAdult, InterviewView? Interview);

/// <summary>
/// The family view of a case: every member's interview in force. A member's disclosures marked confidential from the
/// family are left out here, whoever looks; they stay in the member's own record. Audited like the person view.
/// </summary>
public sealed class ViewCaseInterviews(PassageDbContext db, Actor actor, AuditLog audit, TimeProvider clock)
{
    public async Task<Result<IReadOnlyList<FamilyMemberInterview>>> ExecuteAsync(Guid caseId, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.ReadResettlementChoice) || !await db.Cases.AnyAsync(c => c.Id == caseId, ct))
        {
            return Problem.NotFound(nameof(Case));
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var members = await db.Persons.AsNoTracking().Where(p => p.CaseId == caseId).OrderBy(p => p.RegistrationNumber).ToListAsync(ct);
        var latest = await LatestInterviews.Of(db, members.Select(m => m.Id)).AsNoTracking().Include(i => i.Preferences).ToListAsync(ct);
        var withRecord = actor.MayRead(FieldGroup.InterviewRecord);
        var view = members.Select(m => new FamilyMemberInterview(
                m.Id, m.RegistrationNumber, m.FullName, m.FullNameArabic, m.IsAdultOn(today),
                latest.FirstOrDefault(i => i.PersonId == m.Id) is { } i ? InterviewViews.For(i, inForce: true, withRecord, familyView: true) : null))
            .ToList();

        await audit.RecordNowAsync(AuditAction.Viewed, nameof(Interview), $"CaseId={caseId}", withRecord ? "family view" : "family choices only", ct);
        return view;
    }
}
