using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Pledges;
using Passage.Core.Storage;

namespace Passage.Core.Movements;

/// <summary>
/// A case's bookings on the movements the actor may see (a country delegate: to their country, for a case whose dossier
/// their country has), and, for a movement officer, the open movements to the receiving country it may be booked on now.
/// </summary>
public sealed class ViewCaseMovements(PassageDbContext db, Actor actor, AuditLog audit, TimeProvider clock)
{
    public async Task<Result<CaseMovements>> ExecuteAsync(Guid caseId, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.ReadMovements))
        {
            return Problem.NotFound(nameof(Case));
        }

        var @case = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId, ct);
        var referrals = PledgeAccess.Visible(db.Referrals.AsNoTracking(), actor).Where(r => r.CaseId == caseId);
        if (@case is null || (!actor.Can(Permission.ReadCases) && !await referrals.AnyAsync(ct)))
        {
            return Problem.NotFound(nameof(Case));
        }

        var visible = MovementAccess.Visible(db.Movements, actor);
        var mine = await db.Bookings.Where(b => b.CaseId == caseId).Select(b => b.MovementId).Distinct().ToListAsync(ct);
        var summaries = (await MovementQueries.SummariesAsync(db, visible.Where(m => mine.Contains(m.Id)), ct)).ToDictionary(s => s.Id);
        var bookings = (await MovementQueries.BookingsAsync(db, actor, summaries.Keys, caseId, ct))
            .Select(b => new CaseBooking(summaries[b.MovementId], b.Booking))
            .OrderBy(b => b.Movement.DepartsAt)
            .ToList();

        var referral = await referrals.Where(Referral.Active).SingleOrDefaultAsync(ct);
        IReadOnlyList<MovementSummary> bookable = [];
        var country = referral?.Status == ReferralStatus.Accepted ? referral.CountryCode : null;
        if (actor.Can(Permission.ManageMovements) && country is not null && @case.Status == CaseStatus.Cleared)
        {
            var now = clock.GetUtcNow();
            bookable = (await MovementQueries.SummariesAsync(db, visible.Where(m =>
                    m.CountryCode == country && (m.Status == MovementStatus.Planned || m.Status == MovementStatus.Confirmed) && m.DepartsAt > now), ct))
                .Where(m => m.Booked < m.Seats)
                .ToList();
        }

        await audit.RecordReadAsync(AuditAction.Viewed, nameof(Case), caseId.ToString(), "movements", ct);
        return new CaseMovements(caseId, @case.CaseNumber, referral?.CountryCode, bookings, bookable);
    }
}
