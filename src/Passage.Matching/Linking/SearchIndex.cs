using System.Buffers;
using Passage.Matching.Blocking;
using Passage.Matching.Records;
using Passage.Matching.Scoring;

namespace Passage.Matching.Linking;

/// <summary>A record found by a search, by position in the index, with its score.</summary>
public readonly record struct SearchHit(int Record, double Probability, double LogOdds);

/// <summary>
/// An in-memory index for searching people by name (and optionally birth date, father, sex). Keys are
/// computed once per record; a query gathers the blocks of its own keys, smallest first, preferring a
/// key refined by the query's birth year or father when a key is common, until it has
/// <see cref="CandidateBudget"/> candidates, and ranks them by the model's log-odds. Once it holds
/// <c>top</c> hits (from the first candidate when the caller gives a floor), a candidate's names are compared only when
/// the rest of its fields leave it a chance to beat the worst of them, or the floor (<see cref="MatchModel.TryLogOddsAtLeast"/>).
/// Safe for concurrent searches.
/// </summary>
public sealed class SearchIndex
{
    /// <summary>The largest number of candidates scored for one query.</summary>
    public const int CandidateBudget = 2000;

    private readonly BlockIndex _blocks;

    private SearchIndex(IReadOnlyList<PreparedRecord> records, BlockIndex blocks, MatchModel model)
    {
        Records = records;
        _blocks = blocks;
        Model = model;
    }

    /// <summary>The indexed records.</summary>
    public IReadOnlyList<PreparedRecord> Records { get; }

    /// <summary>The model that ranks candidates.</summary>
    public MatchModel Model { get; }

    /// <summary>Builds the index of <paramref name="records"/>.</summary>
    public static SearchIndex Build(IReadOnlyList<PreparedRecord> records, MatchModel model, int cap = 500) =>
        new(records, BlockIndex.Build(records, cap, keepOversize: true), model);

    /// <summary>
    /// Returns the best <paramref name="top"/> records for <paramref name="query"/>, best first, among those whose log-odds
    /// reach <paramref name="floor"/> (every record by default). A floor spares the names of candidates that cannot reach it.
    /// </summary>
    public IReadOnlyList<SearchHit> Search(PreparedRecord query, int top = 10, double floor = double.NegativeInfinity)
    {
        var keys = new List<ulong>();
        var refiners = new List<ulong>();
        BlockingKeys.Base(query, keys, forSearch: true);
        BlockingKeys.Refiners(query, refiners);
        var lists = new List<(int Size, ulong Key)>();
        foreach (var key in keys)
        {
            var size = _blocks.Members(key).Length;
            if (size == 0)
            {
                continue;
            }

            if (size > _blocks.Cap)
            {
                foreach (var refiner in refiners)
                {
                    var refined = KeyHash.WithKind(KeyHash.Combine(key, refiner), KeyKind.Refined);
                    var refinedSize = _blocks.Members(refined).Length;
                    if (refinedSize > 0)
                    {
                        lists.Add((refinedSize, refined));
                    }
                }
            }

            lists.Add((size, key));
        }

        lists.Sort((x, y) => x.Size.CompareTo(y.Size));

        // Candidates already scored, one bit per record, from a pool: a search scores a few hundred candidates, and a set
        // grown for each would cost more than the scoring of the rejected ones.
        var words = (Records.Count + 63) >> 6;
        var seen = ArrayPool<ulong>.Shared.Rent(words);
        Array.Clear(seen, 0, words);
        var seenCount = 0;
        var hits = new PriorityQueue<SearchHit, double>(top + 1);
        foreach (var (size, key) in lists)
        {
            if (seenCount > 0 && seenCount + size > CandidateBudget)
            {
                break;
            }

            foreach (var record in _blocks.Members(key))
            {
                ref var word = ref seen[record >> 6];
                var bit = 1UL << (record & 63);
                if ((word & bit) != 0)
                {
                    continue;
                }

                word |= bit;
                seenCount++;
                if (hits.Count < top)
                {
                    if (double.IsNegativeInfinity(floor))
                    {
                        var logOdds = Model.LogOdds(query, Records[record]);
                        hits.Enqueue(new SearchHit(record, MatchModel.Probability(logOdds), logOdds), logOdds);
                    }
                    else if (Model.TryLogOddsAtLeast(query, Records[record], floor, out var logOdds))
                    {
                        hits.Enqueue(new SearchHit(record, MatchModel.Probability(logOdds), logOdds), logOdds);
                    }
                }
                else if (hits.TryPeek(out _, out var worst)
                    && Model.TryLogOddsAtLeast(query, Records[record], Math.Max(floor, Math.BitIncrement(worst)), out var logOdds))
                {
                    hits.EnqueueDequeue(new SearchHit(record, MatchModel.Probability(logOdds), logOdds), logOdds);
                }
            }
        }

        ArrayPool<ulong>.Shared.Return(seen);
        var result = new SearchHit[hits.Count];
        for (var i = result.Length - 1; i >= 0; i--)
        {
            result[i] = hits.Dequeue();
        }

        return result;
    }
}
