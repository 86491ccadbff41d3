using Microsoft.EntityFrameworkCore;
using Passage.Core.Storage;

namespace Passage.Core.Cases;

/// <summary>Gathers the <see cref="CaseFacts"/> the lifecycle guards need.</summary>
public sealed class CaseFactsQuery(PassageDbContext db, TimeProvider clock)
{
    public async Task<CaseFacts> ExecuteAsync(Guid caseId, CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var members = await db.Persons.AsNoTracking().Where(p => p.CaseId == caseId)
            .Select(p => new { p.RegistrationNumber, p.BirthYear, p.BirthMonth, p.BirthDay })
            .ToListAsync(ct);
        var adults = members
            .Where(m => Registry.PartialDate.FromParts(m.BirthYear, m.BirthMonth, m.BirthDay).AgeOn(today) >= 18)
            .Select(m => m.RegistrationNumber)
            .Order(StringComparer.Ordinal)
            .ToList();

        // No interview records a choice yet (the interviews feature adds them), so no adult has chosen resettlement.
        return new CaseFacts(members.Count, adults);
    }
}
