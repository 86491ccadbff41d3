using System.Globalization;
using Passage.Bench.Matching.Synthetic;
using Passage.Matching.Blocking;
using Passage.Matching.Linking;
using Passage.Matching.Scoring;

namespace Passage.Bench.Matching;

/// <summary>
/// The best any classifier of the engine's comparison vectors could do, found with the truth: candidate pairs
/// are grouped by their levels and the frequency bands of the agreeing name and father values; groups are taken
/// in order of their share of true pairs for as long as precision stays at or above the target. What is left is
/// what the compared fields cannot tell apart (namesakes with the same father and an imprecise date), plus the
/// true pairs that share no block. For understanding the unsupervised model's figures, never for fitting it.
/// </summary>
internal static class Ceiling
{
    public static void Run(int size, double precision)
    {
        var data = SyntheticBench.Prepared(size, 7 + size);
        var recall = Recall(data, precision, out var groups, out var kept, out var truthCount);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ceiling at {size:N0}: {groups:N0} comparison groups; recall {recall:F4} at precision ≥ {precision:F2} ({kept:N0} of {truthCount:N0} true pairs)"));
    }

    /// <summary>The largest recall at precision ≥ <paramref name="precision"/> of any classifier of the comparison vectors of the candidate pairs.</summary>
    public static double Recall(IReadOnlyList<(string Entity, Passage.Matching.Records.PreparedRecord Record)> data, double precision,
        out int groupCount, out long kept, out int truthCount)
    {
        var records = data.Select(d => d.Record).ToArray();
        var fields = FieldSchema.For(records, []);
        var index = BlockIndex.Build(records, Matcher.CapFor(records.Length));
        var comparer = new Passage.Matching.Scoring.RecordComparer(fields, Matcher.Frequencies(records));
        var truth = Evaluation.TruePairs(data, null).ToHashSet();
        var groups = new Dictionary<string, long[]>(StringComparer.Ordinal);
        var gate = new Lock();
        Parallel.For(0, records.Length, () => new Dictionary<string, long[]>(StringComparer.Ordinal), (i, _, local) =>
        {
            var levels = new byte[fields.Count];
            var tf = new double[fields.Count];
            index.PairsOf(i, (a, b) =>
            {
                comparer.Compare(records[a], records[b], levels, tf);
                var key = string.Join(',', levels.Select((l, f) => l == RecordComparer.Missing ? "-" : double.IsNaN(tf[f])
                    ? l.ToString(CultureInfo.InvariantCulture)
                    : string.Create(CultureInfo.InvariantCulture, $"{l}/{Math.Round(Math.Log2(tf[f]))}")));
                var counts = local.TryGetValue(key, out var c) ? c : local[key] = new long[2];
                counts[truth.Contains((a, b)) ? 0 : 1]++;
            });
            return local;
        }, local =>
        {
            lock (gate)
            {
                foreach (var (key, counts) in local)
                {
                    var total = groups.TryGetValue(key, out var c) ? c : groups[key] = new long[2];
                    total[0] += counts[0];
                    total[1] += counts[1];
                }
            }
        });

        long tp = 0, fp = 0, bestTp = 0;
        foreach (var counts in groups.Values.OrderByDescending(c => (double)c[0] / (c[0] + c[1])))
        {
            tp += counts[0];
            fp += counts[1];
            if ((double)tp / (tp + fp) >= precision)
            {
                bestTp = tp;
            }
        }

        groupCount = groups.Count;
        kept = bestTp;
        truthCount = truth.Count;
        return bestTp / (double)Math.Max(1, truth.Count);
    }
}
