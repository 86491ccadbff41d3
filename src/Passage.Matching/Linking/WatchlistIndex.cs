using Passage.Matching.Records;
using Passage.Matching.Scoring;

namespace Passage.Matching.Linking;

/// <summary>A watchlist entry a person's records reached, by its position in the list given to <see cref="WatchlistIndex.Build"/>, with the best score.</summary>
public readonly record struct WatchlistHit(int Entry, MatchResult Result);

/// <summary>
/// The entries of watchlists in memory, each with its records (a name and its aliases, in any script) and its own threshold.
/// A person is screened by searching each of their records against the entries' records; every entry whose best
/// likelihood reaches its threshold is a hit, explained field by field. Safe for concurrent screening.
/// </summary>
public sealed class WatchlistIndex
{
    private const int Top = 10;
    private readonly SearchIndex _index;
    private readonly int[] _owners;
    private readonly double[] _thresholds;

    private readonly double _floor;

    private WatchlistIndex(SearchIndex index, int[] owners, double[] thresholds)
    {
        _index = index;
        _owners = owners;
        _thresholds = thresholds;
        _floor = thresholds.Length == 0 ? double.NegativeInfinity : LogOdds(thresholds.Min()) - 1e-9;
    }

    /// <summary>Indexes the entries, each given as its records and its threshold (a probability), with <paramref name="model"/>.</summary>
    public static WatchlistIndex Build(IReadOnlyList<(IReadOnlyList<PersonRecord> Records, double Threshold)> entries, MatchModel model)
    {
        var records = new List<PreparedRecord>();
        var owners = new List<int>();
        for (var e = 0; e < entries.Count; e++)
        {
            foreach (var record in entries[e].Records)
            {
                records.Add(PreparedRecord.From(record));
                owners.Add(e);
            }
        }

        return new WatchlistIndex(SearchIndex.Build(records, model), [.. owners], [.. entries.Select(e => e.Threshold)]);
    }

    /// <summary>The entries the person (all their records) is a hit for.</summary>
    public IReadOnlyList<WatchlistHit> Screen(IReadOnlyList<PersonRecord> person) => Screen(person.Select(PreparedRecord.From).ToList());

    /// <summary>As <see cref="Screen(IReadOnlyList{PersonRecord})"/>, for records prepared already.</summary>
    public IReadOnlyList<WatchlistHit> Screen(IReadOnlyList<PreparedRecord> person)
    {
        Dictionary<int, (double LogOdds, PreparedRecord Query, int Record)>? best = null;
        foreach (var query in person)
        {
            foreach (var hit in _index.Search(query, Top, _floor))
            {
                var entry = _owners[hit.Record];
                if (hit.Probability >= _thresholds[entry])
                {
                    best ??= [];
                    if (!best.TryGetValue(entry, out var kept) || kept.LogOdds < hit.LogOdds)
                    {
                        best[entry] = (hit.LogOdds, query, hit.Record);
                    }
                }
            }
        }

        return best is null ? [] : [.. best.Select(b => new WatchlistHit(b.Key, _index.Model.Score(b.Value.Query, _index.Records[b.Value.Record])))];
    }

    /// <summary>The log-odds of a probability (the lowest threshold of any entry is the search's floor); −∞ for 0.</summary>
    private static double LogOdds(double probability) => probability <= 0 ? double.NegativeInfinity : Math.Log2(probability / (1 - probability));
}
