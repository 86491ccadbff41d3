using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Registry;

/// <summary>The registry list: filtered, searched by registration number or name prefix, paged. Audited as a search.</summary>
public sealed class ListPersons(PassageDbContext db, Actor actor, AuditLog audit, TimeProvider clock)
{
    /// <summary>Filtered lists count matches up to this many and then say "more than", to stay fast on a large registry.</summary>
    public const int CountLimit = 10_000;

    public async Task<Result<Page<PersonRow>>> ExecuteAsync(PersonFilter filter, int? page = null, int? pageSize = null, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.ReadBiodata))
        {
            return Problem.NotFound("Registry");
        }

        var (number, size) = Paging.Clamp(page, pageSize);
        var persons = Filter(db.Persons.AsNoTracking(), filter, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var filtered = filter.Describe().Length > 0;
        var total = filtered ? await persons.Take(CountLimit + 1).CountAsync(ct) : await persons.CountAsync(ct);
        var found = await persons
            .OrderBy(p => p.RegistrationNumber)
            .Skip((number - 1) * size)
            .Take(size)
            .ToListAsync(ct);

        // The page's cases in one small query, rather than joining every skipped row.
        var caseIds = found.Select(p => p.CaseId).Distinct().ToList();
        var cases = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id))
            .Select(c => new { c.Id, c.CaseNumber, c.Status })
            .ToDictionaryAsync(c => c.Id, ct);
        var items = found.Select(p => new PersonRow(
                p.Id, p.RegistrationNumber, p.GivenName, p.FamilyName, p.GivenNameArabic, p.FamilyNameArabic,
                p.Sex, p.BirthYear, p.BirthMonth, p.BirthDay, p.CampBlock, p.CampUnit, p.CaseId, cases[p.CaseId].CaseNumber, cases[p.CaseId].Status))
            .ToList();

        await audit.RecordNowAsync(AuditAction.Searched, nameof(Person), "*", $"filters: {filter.Describe()}; page {number}; {items.Count} shown", ct);
        return new Page<PersonRow>(items, number, size, Math.Min(total, filtered ? CountLimit : total)) { TotalIsLowerBound = filtered && total > CountLimit };
    }

    // Each filter on another table is an IN (subquery), which both databases answer from an index once,
    // rather than a correlated lookup per person.
    private IQueryable<Person> Filter(IQueryable<Person> persons, PersonFilter filter, DateOnly today)
    {
        if (filter.Status is { } status)
        {
            // Correlated, so a page walks the registration-number index and stops after one page of matches.
            persons = persons.Where(p => db.Cases.Any(c => c.Id == p.CaseId && c.Status == status));
        }

        if (filter.Sex is { } sex)
        {
            persons = persons.Where(p => p.Sex == sex);
        }

        if (filter.AgeBand is { } band)
        {
            var (fromYear, toYear) = AgeBands.BirthYears(band, today);
            persons = persons.Where(p => p.BirthYear >= fromYear && p.BirthYear <= toYear);
        }

        if (!string.IsNullOrWhiteSpace(filter.Need))
        {
            var need = filter.Need.Trim().ToUpperInvariant();
            var withNeed = db.PersonNeeds.Where(n => n.Code == need).Select(n => n.PersonId);
            persons = persons.Where(p => withNeed.Contains(p.Id));
        }

        if (!string.IsNullOrWhiteSpace(filter.CampBlock))
        {
            var block = filter.CampBlock.Trim();
            persons = persons.Where(p => p.CampBlock == block);
        }

        if (!string.IsNullOrWhiteSpace(filter.Query))
        {
            persons = Search(persons, filter.Query.Trim());
        }

        return persons;
    }

    private IQueryable<Person> Search(IQueryable<Person> persons, string query)
    {
        var upper = query.ToUpperInvariant();
        if (upper.StartsWith("PSG-", StringComparison.Ordinal))
        {
            return persons.Where(p => p.RegistrationNumber == upper);
        }

        foreach (var token in PersonSearchKey.Tokens(query).Distinct(StringComparer.Ordinal))
        {
            // A prefix as a range on the ordinal key order, so both databases use the index.
            var from = token;
            var to = token + '\uffff';
#pragma warning disable CA1309, CA1310 // translated to SQL: the key column's collation is binary on both databases
            var matching = db.PersonSearchKeys.Where(k => string.Compare(k.Key, from) >= 0 && string.Compare(k.Key, to) < 0).Select(k => k.PersonId);
            persons = persons.Where(p => matching.Contains(p.Id));
#pragma warning restore CA1309, CA1310
        }

        return persons;
    }
}
