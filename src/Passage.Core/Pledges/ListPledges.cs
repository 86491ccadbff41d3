using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Cases;
using Passage.Core.Storage;

namespace Passage.Core.Pledges;

/// <summary>The pledges the actor may see (a country delegate: their country's), with figures derived from the referrals.</summary>
public sealed class ListPledges(PassageDbContext db, Actor actor)
{
    public async Task<IReadOnlyList<PledgeView>> ExecuteAsync(CancellationToken ct = default)
    {
        var pledges = await PledgeAccess.Visible(db.Pledges.AsNoTracking(), actor).Include(p => p.Raises).ToListAsync(ct);
        var ids = pledges.Select(p => p.Id).ToList();
        var referrals = await (
            from r in db.Referrals.AsNoTracking()
            where ids.Contains(r.PledgeId)
            join c in db.Cases on r.CaseId equals c.Id
            select new { r.PledgeId, r.Status, r.Persons, CaseStatus = c.Status }).ToListAsync(ct);

        var names = actor.MayRead(FieldGroup.StaffNames);
        return pledges
            .OrderBy(p => p.CountryCode, StringComparer.Ordinal).ThenBy(p => p.PledgedOn)
            .Select(p =>
            {
                var mine = referrals.Where(r => r.PledgeId == p.Id).ToList();
                var referred = mine.Where(r => r.Status is ReferralStatus.Referred or ReferralStatus.Submitted or ReferralStatus.MoreInformationRequested).Sum(r => r.Persons);
                var accepted = mine.Where(r => r.Status == ReferralStatus.Accepted).Sum(r => r.Persons);
                var arrived = mine.Where(r => r.Status == ReferralStatus.Accepted && r.CaseStatus == CaseStatus.Arrived).Sum(r => r.Persons);
                return new PledgeView(
                    p.Id, p.CountryCode, CountryCode.Name(p.CountryCode), p.PledgedOn, p.Categories, p.Deadline, p.Status,
                    p.Places, referred, accepted, arrived, p.Places - accepted, p.Version,
                    p.Raises.OrderBy(r => r.On).ThenBy(r => r.Id).Select(r => new PledgeRaiseView(r.Places, r.On, r.Reason, names ? r.RecordedByName : null)).ToList());
            })
            .ToList();
    }
}
