using Passage.Matching.Blocking;
using Passage.Matching.Comparison;
using Passage.Matching.Records;
using Passage.Matching.Scoring;

namespace Passage.Matching.Linking;

/// <summary>
/// Deduplication and linkage over prepared records: blocks, estimates a model from the data (u from
/// random pairs, m and the prior by EM over blocked pairs, term frequencies from the records), then
/// scores every candidate pair in parallel and keeps those at or above the possible threshold.
/// </summary>
public static class Matcher
{
    /// <summary>The default largest block.</summary>
    public const int DefaultCap = 60;

    /// <summary>Counts name keys and attribute values over <paramref name="records"/>.</summary>
    public static TermFrequencies Frequencies(IReadOnlyList<PreparedRecord> records) =>
        TermFrequencies.Count(records, r => r.Name.TokenArray.Where(t => !t.Optional).Select(t => t.Key)
            .Concat(r.AttributeArray.Select((v, i) => (v, i)).Where(p => p.v.Length > 0).Select(p => RecordComparer.AttributeKey(p.i, p.v))));

    /// <summary>
    /// Estimates a model for <paramref name="fields"/> from the records themselves; no labels are used.
    /// <paramref name="randomPairs"/> random pairs give u; the candidate pairs of a sample of records,
    /// about <paramref name="candidatePairs"/> of them, give m and the prior.
    /// </summary>
    public static MatchModel Train(IReadOnlyList<PreparedRecord> records, IReadOnlyList<FieldDefinition> fields, BlockIndex index,
        int randomPairs = 300_000, long candidatePairs = 1_000_000, int seed = 20260101)
    {
        var frequencies = Frequencies(records);
        var comparer = new RecordComparer(fields, frequencies);
        var random = new ComparisonPatterns(fields.Count);
        var rng = new Random(seed);
        Span<byte> levels = stackalloc byte[fields.Count];
        Span<double> tf = stackalloc double[fields.Count];
        var left = index.LeftCount;
        var right = index.RecordCount - left;
        for (var k = 0; k < randomPairs; k++)
        {
            int a, b;
            if (right > 0)
            {
                a = rng.Next(left);
                b = left + rng.Next(right);
            }
            else
            {
                a = rng.Next(records.Count);
                b = rng.Next(records.Count);
                if (a == b)
                {
                    continue;
                }
            }

            comparer.Compare(records[a], records[b], levels, tf);
            random.Add(levels);
        }

        var u = EmEstimator.EstimateU(fields, random);
        var total = index.CountPairs();
        var stride = (int)Math.Max(1, total / Math.Max(1, candidatePairs));
        var candidates = new ComparisonPatterns(fields.Count);
        var gate = new Lock();
        Parallel.For(0, (left + stride - 1) / stride, () => new ComparisonPatterns(fields.Count), (s, _, local) =>
        {
            var buffer = new byte[fields.Count];
            var frequency = new double[fields.Count];
            index.PairsOf(s * stride, (i, j) =>
            {
                comparer.Compare(records[i], records[j], buffer, frequency);
                local.Add(buffer);
            });
            return local;
        }, local =>
        {
            lock (gate)
            {
                candidates.Add(local);
            }
        });

        var (m, prior) = EmEstimator.EstimateM(fields, u, candidates);
        var parameters = fields.Select((f, i) => new FieldParameters(f, m[i], u[i])).ToArray();
        return new MatchModel(parameters, prior, frequencies);
    }

    /// <summary>
    /// Scores every candidate pair of <paramref name="index"/> and returns those at or above the model's
    /// possible threshold, ordered by first and second record. <paramref name="progress"/> receives the
    /// share of records done, from worker threads. <paramref name="compared"/> is the number of pairs scored.
    /// </summary>
    public static IReadOnlyList<ScoredPair> Run(IReadOnlyList<PreparedRecord> records, BlockIndex index, MatchModel model,
        out long compared, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        var results = new List<ScoredPair>();
        var gate = new Lock();
        long pairs = 0;
        long done = 0;
        var left = index.LeftCount;
        var fieldCount = model.Parameters.Count;
        var options = new ParallelOptions { CancellationToken = cancellationToken };
        Parallel.For(0, left, options, () => new Worker(fieldCount), (i, _, worker) =>
        {
            worker.Pairs += index.PairsOf(i, (a, b) =>
            {
                model.Comparer.Compare(records[a], records[b], worker.Levels, worker.Frequencies);
                var probability = MatchModel.Probability(model.LogOdds(worker.Levels, worker.Frequencies));
                if (probability >= model.PossibleThreshold)
                {
                    worker.Results.Add(new ScoredPair(a, b, probability, model.Decide(probability)));
                }
            });
            var finished = Interlocked.Increment(ref done);
            if (progress is not null && finished % 4096 == 0)
            {
                progress.Report((double)finished / left);
            }

            return worker;
        }, worker =>
        {
            lock (gate)
            {
                results.AddRange(worker.Results);
                pairs += worker.Pairs;
            }
        });

        progress?.Report(1);
        compared = pairs;
        results.Sort((x, y) => x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B));
        return results;
    }

    private sealed class Worker(int fields)
    {
        public byte[] Levels { get; } = new byte[fields];

        public double[] Frequencies { get; } = new double[fields];

        public List<ScoredPair> Results { get; } = [];

        public long Pairs { get; set; }
    }
}
