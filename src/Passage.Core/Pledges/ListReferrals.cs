using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Storage;

namespace Passage.Core.Pledges;

/// <summary>
/// Referrals the actor may see, newest first, optionally of one status or pledge. For a country delegate this is their inbox:
/// only their country's referrals, and only once submitted.
/// </summary>
public sealed class ListReferrals(PassageDbContext db, Actor actor)
{
    /// <summary>How many referrals the actor may see are in <paramref name="status"/>: for a delegate, the decisions waiting in their inbox.</summary>
    public Task<int> CountAsync(ReferralStatus status, CancellationToken ct = default) =>
        PledgeAccess.Visible(db.Referrals.AsNoTracking(), actor).CountAsync(r => r.Status == status, ct);

    public async Task<IReadOnlyList<ReferralSummary>> ExecuteAsync(ReferralStatus? status = null, Guid? pledgeId = null, CancellationToken ct = default)
    {
        var referrals = PledgeAccess.Visible(db.Referrals.AsNoTracking(), actor);
        if (status is { } s)
        {
            referrals = referrals.Where(r => r.Status == s);
        }

        if (pledgeId is { } p)
        {
            referrals = referrals.Where(r => r.PledgeId == p);
        }

        var rows = await (
            from r in referrals
            join c in db.Cases on r.CaseId equals c.Id
            select new ReferralSummary(r.Id, r.CaseId, c.CaseNumber, r.PledgeId, r.CountryCode, r.Persons, r.Status, r.ReferredAt, r.SubmittedAt))
            .ToListAsync(ct);
        return rows.OrderByDescending(r => r.SubmittedAt ?? r.ReferredAt).ThenBy(r => r.CaseNumber, StringComparer.Ordinal).ToList();
    }
}
