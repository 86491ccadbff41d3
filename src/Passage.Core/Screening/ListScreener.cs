using Passage.Core.Registry;
using Passage.Core.Registry.Matching;
using Passage.Matching.Comparison;
using Passage.Matching.Linking;
using Passage.Matching.Records;
using Passage.Matching.Scoring;

namespace Passage.Core.Screening;

/// <summary>
/// The current entries of the lists, indexed by the matching engine's <see cref="WatchlistIndex"/> with the screening
/// calibration (<see cref="ListScreening"/>): each registered person's records (both scripts and aliases) are searched
/// against the entries' (names and aliases in any script), and every entry whose likelihood reaches its list's threshold
/// is a hit, explained field by field.
/// </summary>
public sealed class ListScreener
{
    private static readonly MatchModel Model = ListScreening.Model(ModelParameters.Default);
    private readonly WatchlistIndex _index;
    private readonly ScreeningEntry[] _entries;

    private ListScreener(WatchlistIndex index, ScreeningEntry[] entries)
    {
        _index = index;
        _entries = entries;
    }

    public int Entries => _entries.Length;

    /// <summary>An index of the current (not removed) entries, each with its list's threshold.</summary>
    public static ListScreener For(IEnumerable<ScreeningEntry> entries, IReadOnlyDictionary<Guid, double> thresholds)
    {
        var current = entries.Where(e => e.RemovedAt is null).ToArray();
        return new ListScreener(WatchlistIndex.Build([.. current.Select(e => (RecordsOf(e), thresholds[e.ListId]))], Model), current);
    }

    /// <summary>The entries a person is a hit for, each with its best score.</summary>
    public IEnumerable<(ScreeningEntry Entry, MatchResult Result)> Screen(Person person) =>
        _index.Screen(PersonMatchRecords.For(person)).Select(h => (_entries[h.Entry], h.Result));

    /// <summary>An entry as the engine sees it: its name and each alias, with the birth date and father's name.</summary>
    public static IReadOnlyList<PersonRecord> RecordsOf(ScreeningEntry entry)
    {
        var id = entry.Id.ToString();
        BirthDate? birth = entry.BirthDate is { } d ? new BirthDate(d.Year, d.Month ?? 0, d.Day ?? 0) : null;
        return [.. new[] { entry.Name }.Concat(entry.AliasList).Select(name => new PersonRecord(id, Name: name, Birth: birth, Father: entry.FatherName))];
    }
}
