using Microsoft.EntityFrameworkCore;
using Passage.Core.Registry.Matching;
using Passage.Core.Storage;

namespace Passage.Core.Registry;

/// <summary>
/// A name typed in the registry's search box, answered as the list shows it and the export writes it: the persons the
/// matching index ranks above the prior for that name (fuzzy, in either script), best first, that also pass the other
/// filters; then any further persons whose name words start with the words typed, by registration number.
/// </summary>
public static class NameSearch
{
    /// <summary>Whether <paramref name="filter"/> is answered by rank: a name (not a record number) is typed and the index is built.</summary>
    public static bool Applies(RegistryIndex? index, PersonFilter filter) =>
        index is { Count: > 0 } && !string.IsNullOrWhiteSpace(filter.Query) && RecordNumber.Parse(filter.Query) is null;

    /// <summary>The ids of the persons found, in the order shown: at most <see cref="ListPersons.RankedLimit"/> ranked, then as many by prefix.</summary>
    public static async Task<IReadOnlyList<Guid>> FindAsync(PassageDbContext db, RegistryIndex index, PersonFilter filter, DateOnly today, CancellationToken ct)
    {
        var ranked = index.Search(PersonMatchRecords.ForName(filter.Query!.Trim()), ListPersons.RankedLimit)
            .Where(m => m.Result.LogOdds > m.Result.PriorWeight)
            .Select(m => m.PersonId)
            .ToList();
        var allowed = (await ListPersons.Filter(db, db.Persons.AsNoTracking(), filter with { Query = null }, today)
                .Where(p => ranked.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct))
            .ToHashSet();
        var prefix = await (await PrefixMatchesAsync(db, filter, today, ct))
            .OrderBy(p => p.RegistrationNumber).Select(p => p.Id).Take(ListPersons.RankedLimit).ToListAsync(ct);
        return ranked.Where(allowed.Contains).Concat(prefix).Distinct().ToList();
    }

    /// <summary>Most holders of all the words typed that PostgreSQL is given as a list of ids rather than as a subquery.</summary>
    public const int HoldersReadFirst = 5_000;

    // PostgreSQL guesses the holders of all the words typed at about as many as hold the rarest word (thousands), and then
    // reads every person to join them, 150 ms at 100,000 persons; given the few holders themselves, it looks each one up by
    // id. Past HoldersReadFirst holders reading every person is the better plan, and the subquery stays.
    private static async Task<IQueryable<Person>> PrefixMatchesAsync(PassageDbContext db, PersonFilter filter, DateOnly today, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql() || ListPersons.NameHolders(db, filter.Query!.Trim()) is not { } holders)
        {
            return ListPersons.Filter(db, db.Persons.AsNoTracking(), filter, today);
        }

        var ids = await holders.Take(HoldersReadFirst + 1).ToListAsync(ct);
        if (ids.Count > HoldersReadFirst)
        {
            return ListPersons.Filter(db, db.Persons.AsNoTracking(), filter, today);
        }

        return ListPersons.Filter(db, db.Persons.AsNoTracking(), filter with { Query = null }, today).Where(p => ids.Contains(p.Id));
    }
}
