using Microsoft.EntityFrameworkCore;
using Passage.Core.Storage;

namespace Passage.Core.Verification;

/// <summary>
/// Which persons' registration numbers a country holds already: those of the cases whose dossier was submitted to it. A
/// verified answer names a registration number only then, so that it tells the country nothing it did not know.
/// </summary>
public static class HeldNumbers
{
    public static async Task<HashSet<Guid>> HeldByAsync(PassageDbContext db, string countryCode, IReadOnlyCollection<Guid> personIds, CancellationToken ct) =>
        (await (
            from p in db.Persons.IgnoreQueryFilters().AsNoTracking()
            where personIds.Contains(p.Id)
            where db.Referrals.Any(r => r.CaseId == p.CaseId && r.CountryCode == countryCode && r.SubmittedAt != null)
            select p.Id).ToListAsync(ct)).ToHashSet();
}
