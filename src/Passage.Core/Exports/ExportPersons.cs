using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Common;
using Passage.Core.Registry;
using Passage.Core.Registry.Matching;
using Passage.Core.Storage;

namespace Passage.Core.Exports;

/// <summary>
/// The registry list as a file: the persons its filters select, in the list's order (<see cref="PersonFilter.Order"/>), with
/// only the columns the actor may read (<see cref="ExportColumns.Persons"/>). A name in the search box selects and orders as
/// the list shows it (<see cref="NameSearch"/>: ranked matches, then prefix matches). Read in batches, so the registry is never
/// held in memory: after the last registration number when sorted by it, otherwise by offset in the list's own order (whose
/// ties go by registration number, so each person comes once).
/// </summary>
public sealed class ExportPersons(PassageDbContext db, Actor actor, AuditLog audit, TimeProvider clock, RegistryIndex? index = null)
{
    public async Task<Result<ExportFile>> ExecuteAsync(PersonFilter filter, ExportFormat format, bool hxl = false, CancellationToken ct = default)
    {
        if (await ExportRules.CheckAsync(actor, audit, ExportList.Persons, nameof(Person), format, hxl, filter.Reads(), filter.Check(), ct) is { } problem)
        {
            return problem;
        }

        var columns = ExportColumns.For(actor, ExportList.Persons, ExportColumns.Persons);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var ranked = NameSearch.Applies(index, filter);
        var described = filter.Describe(SearchTerms.Of(db));
        var filters = ranked ? $"{described}; ranked" : ExportRules.Filters(described, filter.Order);
        return new ExportFile(audit, "persons", nameof(Person), filters, format, [.. columns.Select(c => c.Name)],
            token => Rows(filter, today, ranked, columns, token));
    }

    private async IAsyncEnumerable<ExportRow> Rows(
        PersonFilter filter, DateOnly today, bool ranked, IReadOnlyList<ExportColumn<PersonLine>> columns,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var found = ranked ? await NameSearch.FindAsync(db, index!, filter, today, ct) : null;
        await foreach (var line in ExportRules.InBatches<PersonLine>((last, read, token) => BatchAsync(filter, today, found, last?.Person.RegistrationNumber, read, token), ct))
        {
            yield return ExportRules.Row(line.Person.RegistrationNumber, columns, line);
        }
    }

    private async Task<List<PersonLine>> BatchAsync(PersonFilter filter, DateOnly today, IReadOnlyList<Guid>? found, string? after, int read, CancellationToken ct)
    {
        if (found is not null)
        {
            // The ranked search's persons, in its order: a few hundred ids at most.
            var ids = found.Skip(read).Take(ExportRules.Batch).ToList();
            var byId = await LinesAsync(db.Persons.AsNoTracking().Where(p => ids.Contains(p.Id)), ct);
            return [.. byId.OrderBy(l => ids.IndexOf(l.Person.Id))];
        }

        var persons = ListPersons.Filter(db, db.Persons.AsNoTracking(), filter, today);
        if (filter.Order != PersonFilter.DefaultSort)
        {
            persons = ListPersons.Sorted(db, persons, filter.Order).Skip(read);
        }
        else if (after is not null)
        {
#pragma warning disable CA1309, CA1310 // translated to SQL: the order the database sorts registration numbers in
            persons = persons.Where(p => string.Compare(p.RegistrationNumber, after) > 0).OrderBy(p => p.RegistrationNumber);
#pragma warning restore CA1309, CA1310
        }
        else
        {
            persons = persons.OrderBy(p => p.RegistrationNumber);
        }

        return await LinesAsync(persons.Take(ExportRules.Batch), ct);
    }

    private async Task<List<PersonLine>> LinesAsync(IQueryable<Person> persons, CancellationToken ct)
    {
        var batch = await persons
            .Include(p => p.Aliases).Include(p => p.Needs).AsSplitQuery()
            .ToListAsync(ct);
        var caseIds = batch.Select(p => p.CaseId).Distinct().ToList();
        var cases = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id))
            .Select(c => new { c.Id, c.CaseNumber, c.Status })
            .ToDictionaryAsync(c => c.Id, ct);
        return batch.Select(p => new PersonLine(p, cases[p.CaseId].CaseNumber, cases[p.CaseId].Status)).ToList();
    }
}
