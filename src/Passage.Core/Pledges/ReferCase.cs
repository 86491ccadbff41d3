using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Pledges;

/// <summary>The referral made, and what the officer should know: family left in other cases, a pledge short of places.</summary>
public sealed record ReferralMade(Guid ReferralId, IReadOnlyList<string> Warnings);

/// <summary>
/// Refers a whole case to a pledge. The lifecycle's guard refuses it unless every adult of the case chose resettlement in
/// their own interview in force, and names who has not. The case moves to Referred in the same save.
/// </summary>
public sealed class ReferCase(PassageDbContext db, Actor actor, CaseFactsQuery facts, TimeProvider clock)
{
    public async Task<Result<ReferralMade>> ExecuteAsync(Guid caseId, Guid pledgeId, long expectedCaseVersion, string? reason, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.WritePledges))
        {
            return Problem.NotFound(nameof(Case));
        }

        var @case = await db.Cases.SingleOrDefaultAsync(c => c.Id == caseId, ct);
        if (@case is null)
        {
            return Problem.NotFound(nameof(Case));
        }

        if (@case.Version != expectedCaseVersion)
        {
            return Problem.Conflict();
        }

        var pledge = await db.Pledges.AsNoTracking().Include(p => p.Raises).SingleOrDefaultAsync(p => p.Id == pledgeId, ct);
        if (pledge is null)
        {
            return Problem.Invalid("PledgeId", "That pledge does not exist.");
        }

        var now = clock.GetUtcNow();
        if (pledge.RefusesReferralOn(DateOnly.FromDateTime(now.UtcDateTime)) is { } closed)
        {
            return Problem.Refused(closed);
        }

        var active = await db.Referrals.AsNoTracking().Where(Referral.Active).Where(r => r.CaseId == caseId)
            .Select(r => r.CountryCode).FirstOrDefaultAsync(ct);
        if (active is not null)
        {
            return Problem.Refused($"The case is referred to {active} already; a case is referred to one pledge at a time.");
        }

        var caseFacts = await facts.ExecuteAsync(caseId, ct);
        var moved = @case.TryMoveThrough(CaseFlow.Referral, CaseStatus.Referred, reason, caseFacts, actor, now);
        if (!moved.Succeeded)
        {
            return moved.Problem!;
        }

        var referral = Referral.Refer(caseId, pledge, caseFacts.MemberCount, moved.Value.Reason, actor, now);
        db.Referrals.Add(referral);
        var warnings = await FamilyInOtherCasesAsync(@case, ct);
        var counter = await db.PledgeCounters.AsNoTracking().SingleAsync(c => c.PledgeId == pledgeId, ct);
        if (counter.Places - counter.Accepted < caseFacts.MemberCount)
        {
            warnings.Add($"The {pledge.CountryCode} pledge has {counter.Places - counter.Accepted} places left for {caseFacts.MemberCount} persons; the country cannot accept the case unless it raises its pledge.");
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problem.Conflict();
        }

        return new ReferralMade(referral.Id, warnings);
    }

    private async Task<List<string>> FamilyInOtherCasesAsync(Case @case, CancellationToken ct)
    {
        var members = await db.Persons.AsNoTracking().Where(p => p.CaseId == @case.Id).Select(p => p.Id).ToListAsync(ct);
        var links = await db.FamilyLinks.AsNoTracking()
            .Where(l => members.Contains(l.PersonId) || members.Contains(l.RelatedPersonId))
            .Select(l => new { l.PersonId, l.RelatedPersonId }).ToListAsync(ct);
        var pairs = links.Where(l => members.Contains(l.PersonId) != members.Contains(l.RelatedPersonId)).Select(l => members.Contains(l.PersonId) ? (Inside: l.PersonId, Outside: l.RelatedPersonId) : (Inside: l.RelatedPersonId, Outside: l.PersonId)).ToList();
        if (pairs.Count == 0)
        {
            return [];
        }

        var ids = pairs.SelectMany(p => new[] { p.Inside, p.Outside }).Distinct().ToList();
        var people = await (
            from p in db.Persons.AsNoTracking()
            where ids.Contains(p.Id)
            join c in db.Cases on p.CaseId equals c.Id
            select new { p.Id, p.RegistrationNumber, c.CaseNumber, c.Status }).ToDictionaryAsync(x => x.Id, ct);
        return pairs
            .Select(p => (Inside: people[p.Inside], Outside: people[p.Outside]))
            .OrderBy(p => p.Outside.RegistrationNumber, StringComparer.Ordinal)
            .Select(p => $"Family of {p.Inside.RegistrationNumber} is in another case: {p.Outside.RegistrationNumber} in case {p.Outside.CaseNumber} ({CaseStatuses.Label(p.Outside.Status)}). Members of one case move together; that case is not referred with this one.")
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }
}
