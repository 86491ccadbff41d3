using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Common;
using Passage.Core.Registry.Matching;
using Passage.Core.Storage;

namespace Passage.Core.Registry;

/// <summary>
/// The registry list: filtered, searched by registration or case number or by name, paged. A name search is fuzzy and
/// script-independent through the matching index, ranked by score, followed by any further prefix matches; each row
/// carries its relevance to the name searched for (<see cref="SearchRelevance"/>).
/// Audited as a search.
/// </summary>
public sealed class ListPersons(
    PassageDbContext db, Actor actor, AuditLog audit, TimeProvider clock, RegistryIndex? index = null, RegistryTotals? totals = null, RegistryPageStarts? starts = null)
{
    /// <summary>Filtered lists count matches up to this many and then say "more than", to stay fast on a large registry.</summary>
    public const int CountLimit = 1_000;

    /// <summary>A ranked name search lists at most this many persons.</summary>
    public const int RankedLimit = 200;

    private static readonly string[] UnreadableFilter = ["Your role may not read this field, so it cannot list persons by it."];

    public async Task<Result<Page<PersonRow>>> ExecuteAsync(PersonFilter filter, int? page = null, int? pageSize = null, CancellationToken ct = default)
    {
        // The registry spans every record: only grants over every record count.
        if (!actor.CanEverywhere(Permission.ReadBiodata))
        {
            return Problem.NotFound("Registry");
        }

        var unreadable = filter.Reads().Where(f => !actor.CanEverywhere(AccessPolicy.ReadPermission(f.Group))).ToList();
        if (unreadable.Count > 0)
        {
            await audit.RecordNowAsync(AuditAction.Refused, nameof(Person), "*", $"list refused: filter on {string.Join(',', unreadable.Select(f => f.Group))}", ct);
            return Problem.Invalid(unreadable.ToDictionary(
                f => f.Field, _ => UnreadableFilter, StringComparer.Ordinal));
        }


        var paging = Paging.Check(page, pageSize);
        if (!paging.Succeeded)
        {
            return paging.Problem!;
        }

        if (filter.Check() is { } badFilter)
        {
            return badFilter;
        }

        var (number, size) = paging.Value;
        if (NameSearch.Applies(index, filter))
        {
            return await RankedAsync(filter, number, size, ct);
        }

        var persons = Filter(db, db.Persons.AsNoTracking(), filter, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var filtered = filter.Any;
        Task<int> Count(CancellationToken c) => filtered ? persons.Take(CountLimit + 1).CountAsync(c) : persons.CountAsync(c);
        var total = totals is null ? await Count(ct) : await totals.CountAsync(filter, Count, ct);
        var skip = (number - 1) * size;
        var items = await (await PageStartAsync(filter, persons, skip, ct) is var (from, rest)
            ? PageRows(db, From(persons, from), filter.Order, rest, size)
            : PageRows(db, persons, filter.Order, skip, size)).ToListAsync(ct);
        await AuditAsync(filter, "", number, items, ct);
        return new Page<PersonRow>(items, number, size, Math.Min(total, filtered ? CountLimit : total)) { TotalIsLowerBound = filtered && total > CountLimit };
    }

    private async Task<(string From, int Skip)?> PageStartAsync(PersonFilter filter, IQueryable<Person> persons, int skip, CancellationToken ct) =>
        starts is null ? null : await starts.FindAsync(filter, skip, _ => Sorted(db, persons, filter.Order).Select(p => p.RegistrationNumber).AsAsyncEnumerable(), ct);

#pragma warning disable CA1309, CA1310 // translated to SQL: compared by the column's collation, the one the list is ordered by
    private static IQueryable<Person> From(IQueryable<Person> persons, string from) =>
        persons.Where(p => string.Compare(p.RegistrationNumber, from) >= 0);
#pragma warning restore CA1309, CA1310

    private async Task<Result<Page<PersonRow>>> RankedAsync(PersonFilter filter, int number, int size, CancellationToken ct)
    {
        var order = await NameSearch.FindAsync(db, index!, filter, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), ct);

        var pageIds = order.Skip((number - 1) * size).Take(size).ToList();
        var persons = await db.Persons.AsNoTracking().Include(p => p.Aliases).AsSplitQuery().Where(p => pageIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var scores = persons.Values.ToDictionary(p => p.Id, p => SearchRelevance.Of(filter.Query!, p));
        var items = await RowsAsync(pageIds.Select(id => persons[id]).ToList(), scores, ct);
        await AuditAsync(filter, "ranked; ", number, items, ct);
        return new Page<PersonRow>(items, number, size, order.Count);
    }

    // The filter values and every registration number shown: who listed whom.
    private Task AuditAsync(PersonFilter filter, string kind, int number, List<PersonRow> items, CancellationToken ct) =>
        audit.RecordReadAsync(AuditAction.Searched, nameof(Person), "*",
            $"filters: {filter.Describe(SearchTerms.Of(db))}; {kind}sort {filter.Order}; page {number}; {items.Count} shown: {string.Join(',', items.Select(i => i.RegistrationNumber))}", ct);

    private async Task<List<PersonRow>> RowsAsync(IReadOnlyList<Person> found, Dictionary<Guid, double>? scores, CancellationToken ct)
    {
        // The page's cases in one small query, rather than joining every skipped row.
        var caseIds = found.Select(p => p.CaseId).Distinct().ToList();
        var cases = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id))
            .Select(c => new { c.Id, c.CaseNumber, c.Status })
            .ToDictionaryAsync(c => c.Id, ct);
        return found.Select(p => new PersonRow(
                p.Id, p.RegistrationNumber, p.GivenName, p.FamilyName, p.GivenNameArabic, p.FamilyNameArabic,
                p.Sex, p.BirthYear, p.BirthMonth, p.BirthDay, p.CampBlock, p.CampUnit, p.CaseId, cases[p.CaseId].CaseNumber, cases[p.CaseId].Status,
                scores is not null && scores.TryGetValue(p.Id, out var score) ? score : null))
            .ToList();
    }

    /// <summary>
    /// One page of <paramref name="persons"/> as list rows with their cases, in one query: the page is skipped to over
    /// registration numbers alone, which an index covers, and only the page's own rows and cases are read.
    /// </summary>
    internal static IQueryable<PersonRow> PageRows(PassageDbContext db, IQueryable<Person> persons, Sort sort, int skip, int take)
    {
        // Offset and size inside the condition, so that they are parameters: applied to the subquery outside it, they stay
        // constants in the SQL, and every page would be a new query to compile.
        var sorted = Sorted(db, persons, sort);
        var onPage = db.Persons.AsNoTracking()
            .Where(p => sorted.Skip(skip).Take(take).Select(s => s.RegistrationNumber).Contains(p.RegistrationNumber));
        return Sorted(db, onPage, sort)
            .Select(p => new PersonRow(
                p.Id, p.RegistrationNumber, p.GivenName, p.FamilyName, p.GivenNameArabic, p.FamilyNameArabic,
                p.Sex, p.BirthYear, p.BirthMonth, p.BirthDay, p.CampBlock, p.CampUnit, p.CaseId,
                db.Cases.Where(c => c.Id == p.CaseId).Select(c => c.CaseNumber).First(),
                db.Cases.Where(c => c.Id == p.CaseId).Select(c => c.Status).First(),
                null));
    }

    // Ties in the order of registration number, so each page is stable and the export, read by offset, holds each person once.
    internal static IQueryable<Person> Sorted(PassageDbContext db, IQueryable<Person> persons, Sort sort) => (sort.Key, sort.Descending) switch
    {
        ("name", false) => persons.OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName).ThenBy(p => p.RegistrationNumber),
        ("name", true) => persons.OrderByDescending(p => p.FamilyName).ThenByDescending(p => p.GivenName).ThenBy(p => p.RegistrationNumber),
        ("born", false) => persons.OrderBy(p => p.BirthYear).ThenBy(p => p.BirthMonth).ThenBy(p => p.BirthDay).ThenBy(p => p.RegistrationNumber),
        ("born", true) => persons.OrderByDescending(p => p.BirthYear).ThenByDescending(p => p.BirthMonth).ThenByDescending(p => p.BirthDay).ThenBy(p => p.RegistrationNumber),
        ("case", false) => persons.OrderBy(p => db.Cases.Where(c => c.Id == p.CaseId).Select(c => c.CaseNumber).FirstOrDefault()).ThenBy(p => p.RegistrationNumber),
        ("case", true) => persons.OrderByDescending(p => db.Cases.Where(c => c.Id == p.CaseId).Select(c => c.CaseNumber).FirstOrDefault()).ThenBy(p => p.RegistrationNumber),
        ("status", false) => persons.OrderBy(p => db.Cases.Where(c => c.Id == p.CaseId).Select(c => c.Status).FirstOrDefault()).ThenBy(p => p.RegistrationNumber),
        ("status", true) => persons.OrderByDescending(p => db.Cases.Where(c => c.Id == p.CaseId).Select(c => c.Status).FirstOrDefault()).ThenBy(p => p.RegistrationNumber),
        (_, true) => persons.OrderByDescending(p => p.RegistrationNumber),
        _ => persons.OrderBy(p => p.RegistrationNumber),
    };

    // The export reads the same filters. Each filter on another table is an IN (subquery), which both databases answer from an index once,
    // rather than a correlated lookup per person.
    internal static IQueryable<Person> Filter(PassageDbContext db, IQueryable<Person> persons, PersonFilter filter, DateOnly today)
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
            persons = Search(db, persons, filter.Query.Trim());
        }

        return persons;
    }

    private static IQueryable<Person> Search(PassageDbContext db, IQueryable<Person> persons, string query)
    {
        if (RecordNumber.Parse(query) is { } number)
        {
            var registration = number.Kind == NumberedKind.Case ? null : number.RegistrationNumber;
            var caseNumber = number.Kind == NumberedKind.Person ? null : number.CaseNumber;
            var inCase = db.Cases.Where(c => c.CaseNumber == caseNumber).Select(c => c.Id);
            return persons.Where(p => p.RegistrationNumber == registration || inCase.Contains(p.CaseId));
        }

        return NameHolders(db, query) is { } holders ? persons.Where(p => holders.Contains(p.Id)) : persons;
    }

    /// <summary>The ids of the persons holding a name word starting with each word of <paramref name="query"/>; null for no words.</summary>
    internal static IQueryable<Guid>? NameHolders(PassageDbContext db, string query)
    {
        // The persons holding every word as one INTERSECT of the words' key ranges, which both databases answer from the key
        // index in one pass each, rather than testing each holder of the first word against the others'.
        IQueryable<Guid>? holders = null;
        foreach (var token in PersonSearchKey.Tokens(query).Distinct(StringComparer.Ordinal))
        {
            // A prefix as a range on the ordinal key order, so both databases use the index.
            var from = token;
            var to = token + '\uffff';
#pragma warning disable CA1309, CA1310 // translated to SQL: the key column's collation is binary on both databases
            var matching = db.PersonSearchKeys.Where(k => string.Compare(k.Key, from) >= 0 && string.Compare(k.Key, to) < 0).Select(k => k.PersonId);
#pragma warning restore CA1309, CA1310
            holders = holders is null ? matching : holders.Intersect(matching);
        }

        return holders;
    }
}
