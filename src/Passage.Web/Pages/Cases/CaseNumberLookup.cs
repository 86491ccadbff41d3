using Microsoft.EntityFrameworkCore;
using Passage.Core.Storage;

namespace Passage.Web.Pages.Cases;

/// <summary>Finds the case a typed case number (such as <c>c-000123</c>) names, for forms that join or move to a case.</summary>
public static class CaseNumberLookup
{
    public static Task<Guid?> FindAsync(PassageDbContext db, string typed, CancellationToken ct)
    {
        var number = typed.Trim().ToUpperInvariant();
        return db.Cases.Where(c => c.CaseNumber == number).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(ct);
    }
}
