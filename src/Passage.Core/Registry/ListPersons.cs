using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Registry;

/// <summary>The registry list: filtered, searched by registration number or name prefix, paged. Audited as a search.</summary>
public sealed class ListPersons(PassageDbContext db, Actor actor, AuditLog audit, TimeProvider clock)
{
    public async Task<Result<Page<PersonRow>>> ExecuteAsync(PersonFilter filter, int? page = null, int? pageSize = null, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.ReadBiodata))
        {
            return Problem.NotFound("Registry");
        }

        var (number, size) = Paging.Clamp(page, pageSize);
        var persons = Filter(db.Persons.AsNoTracking(), filter, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var rows =
            from p in persons
            join c in db.Cases on p.CaseId equals c.Id
            select new { p, c };
        if (filter.Status is { } status)
        {
            rows = rows.Where(r => r.c.Status == status);
        }

        var total = await rows.CountAsync(ct);
        var items = await rows
            .OrderBy(r => r.p.RegistrationNumber)
            .Skip((number - 1) * size)
            .Take(size)
            .Select(r => new PersonRow(
                r.p.Id, r.p.RegistrationNumber, r.p.GivenName, r.p.FamilyName, r.p.GivenNameArabic, r.p.FamilyNameArabic,
                r.p.Sex, r.p.BirthYear, r.p.BirthMonth, r.p.BirthDay, r.p.CampBlock, r.p.CampUnit, r.c.Id, r.c.CaseNumber, r.c.Status))
            .ToListAsync(ct);

        await audit.RecordNowAsync(AuditAction.Searched, nameof(Person), "*", $"filters: {filter.Describe()}; page {number}; {items.Count} shown", ct);
        return new Page<PersonRow>(items, number, size, total);
    }

    private static IQueryable<Person> Filter(IQueryable<Person> persons, PersonFilter filter, DateOnly today)
    {
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
            persons = persons.Where(p => p.Needs.Any(n => n.Code == need));
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

    private static IQueryable<Person> Search(IQueryable<Person> persons, string query)
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
            persons = persons.Where(p => p.SearchKeys.Any(k => string.Compare(k.Key, from) >= 0 && string.Compare(k.Key, to) < 0));
#pragma warning restore CA1309, CA1310
        }

        return persons;
    }
}
