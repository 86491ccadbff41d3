using Passage.Core.Registry;
using Passage.Core.Registry.Matching;
using Passage.Matching.Comparison;
using Passage.Matching.Linking;
using Passage.Matching.Records;
using Passage.Matching.Scoring;

namespace Passage.Core.Screening;

/// <summary>
/// The entries of the lists in memory, indexed by the matching engine: each registered person's records (both scripts and
/// aliases) are searched against the entries' (names and aliases in any script), and every entry whose likelihood reaches its
/// list's threshold is a hit, explained field by field.
/// </summary>
public sealed class ListScreener
{
    private const int Top = 10;
    private static readonly MatchModel Model = ListScreening.Model(ModelParameters.Default);
    private readonly SearchIndex _index;
    private readonly ScreeningEntry[] _owners;
    private readonly IReadOnlyDictionary<Guid, double> _thresholds;

    private ListScreener(SearchIndex index, ScreeningEntry[] owners, IReadOnlyDictionary<Guid, double> thresholds)
    {
        _index = index;
        _owners = owners;
        _thresholds = thresholds;
    }

    public int Entries => _owners.Select(o => o.Id).Distinct().Count();

    /// <summary>An index of the current (not removed) entries of the given lists.</summary>
    public static ListScreener For(IEnumerable<ScreeningEntry> entries, IReadOnlyDictionary<Guid, double> thresholds)
    {
        var records = new List<PreparedRecord>();
        var owners = new List<ScreeningEntry>();
        foreach (var entry in entries.Where(e => e.RemovedAt is null))
        {
            foreach (var record in RecordsOf(entry))
            {
                records.Add(PreparedRecord.From(record));
                owners.Add(entry);
            }
        }

        return new ListScreener(SearchIndex.Build(records, Model), [.. owners], thresholds);
    }

    /// <summary>The entries a person is a hit for, each with its best score.</summary>
    public IEnumerable<(ScreeningEntry Entry, MatchResult Result)> Screen(Person person) =>
        Screen(PersonMatchRecords.For(person));

    public IEnumerable<(ScreeningEntry Entry, MatchResult Result)> Screen(IReadOnlyList<PersonRecord> person)
    {
        var best = new Dictionary<Guid, (double LogOdds, PreparedRecord Query, int Record)>();
        foreach (var query in person.Select(PreparedRecord.From))
        {
            foreach (var hit in _index.Search(query, Top))
            {
                var owner = _owners[hit.Record];
                if (hit.Probability >= _thresholds[owner.ListId] && (!best.TryGetValue(owner.Id, out var kept) || kept.LogOdds < hit.LogOdds))
                {
                    best[owner.Id] = (hit.LogOdds, query, hit.Record);
                }
            }
        }

        return best.Values.Select(b => (_owners[b.Record], Model.Score(b.Query, _index.Records[b.Record])));
    }

    /// <summary>An entry as the engine sees it: its name and each alias, with the birth date and father's name.</summary>
    public static IReadOnlyList<PersonRecord> RecordsOf(ScreeningEntry entry)
    {
        var id = entry.Id.ToString();
        BirthDate? birth = entry.BirthDate is { } d ? new BirthDate(d.Year, d.Month ?? 0, d.Day ?? 0) : null;
        return [.. new[] { entry.Name }.Concat(entry.AliasList).Select(name => new PersonRecord(id, Name: name, Birth: birth, Father: entry.FatherName))];
    }
}
