using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Pledges;

/// <summary>
/// A case's referral history: every referral with its decisions and clearance steps. A country delegate sees a case only
/// when it was submitted to their country, and then only their country's referrals; any other case is "not found". Audited.
/// </summary>
public sealed class ViewCaseReferrals(PassageDbContext db, Actor actor, AuditLog audit)
{
    public async Task<Result<CaseReferrals>> ExecuteAsync(Guid caseId, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.ReadPledges))
        {
            return Problem.NotFound(nameof(Case));
        }

        var @case = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId, ct);
        var referrals = await PledgeAccess.Visible(db.Referrals.AsNoTracking(), actor).AsSplitQuery()
            .Include(r => r.Decisions).Include(r => r.Clearances)
            .Where(r => r.CaseId == caseId).ToListAsync(ct);
        if (@case is null || (!PledgeAccess.SeesAllCountries(actor) && referrals.Count == 0))
        {
            return Problem.NotFound(nameof(Case));
        }

        await audit.RecordNowAsync(AuditAction.Viewed, nameof(Referral), $"CaseId={caseId}", null, ct);
        return new CaseReferrals(@case.Id, @case.CaseNumber, actor.MayRead(FieldGroup.CaseStatus) ? @case.Status : null, @case.Version,
            referrals.OrderBy(r => r.ReferredAt).ThenBy(r => r.Id).Select(r => ReferralViews.For(r, actor)).ToList());
    }
}
