using Microsoft.EntityFrameworkCore;
using Passage.Core.Interviews;
using Passage.Core.Storage;

namespace Passage.Core.Cases;

/// <summary>Gathers the <see cref="CaseFacts"/> the lifecycle guards need.</summary>
public sealed class CaseFactsQuery(PassageDbContext db, TimeProvider clock)
{
    public async Task<CaseFacts> ExecuteAsync(Guid caseId, CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var members = await db.Persons.AsNoTracking().Where(p => p.CaseId == caseId)
            .Select(p => new { p.Id, p.RegistrationNumber, p.BirthYear, p.BirthMonth, p.BirthDay })
            .ToListAsync(ct);
        var adults = members
            .Where(m => Registry.PartialDate.FromParts(m.BirthYear, m.BirthMonth, m.BirthDay).AgeOn(today) >= 18)
            .ToList();

        // Only each adult's own interview in force counts: nobody else's word, and no earlier version.
        var resettling = await LatestInterviews.Of(db, adults.Select(a => a.Id)).AsNoTracking()
            .Where(i => i.Choice == ResettlementChoice.Resettle).Select(i => i.PersonId).ToListAsync(ct);
        var without = adults.Where(a => !resettling.Contains(a.Id)).Select(a => a.RegistrationNumber).Order(StringComparer.Ordinal).ToList();
        var returning = await LatestInterviews.Of(db, adults.Select(a => a.Id)).AsNoTracking()
            .Where(Interview.CountsForReturn).Select(i => i.PersonId).ToListAsync(ct);
        return new CaseFacts(members.Count, without)
        {
            AdultsWithoutPrivateReturnChoice = adults.Where(a => !returning.Contains(a.Id)).Select(a => a.RegistrationNumber).Order(StringComparer.Ordinal).ToList(),
        };
    }
}
