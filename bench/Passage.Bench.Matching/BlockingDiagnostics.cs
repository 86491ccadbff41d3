using System.Globalization;
using Passage.Bench.Matching.Synthetic;
using Passage.Matching.Blocking;
using Passage.Matching.Linking;
using Passage.Matching.Scoring;

namespace Passage.Bench.Matching;

/// <summary>Where candidate pairs come from (kind and size of the first shared block) and which of them are useful: for understanding blocking.</summary>
internal static class BlockingDiagnostics
{
    public static void Run(int size, int cap)
    {
        var data = SyntheticBench.Prepared(size, 7 + size);
        var records = data.Select(d => d.Record).ToArray();
        var index = BlockIndex.Build(records, cap);
        var model = Matcher.Train(records, FieldSchema.For(records, []), index);
        var truth = Evaluation.TruePairs(data, null).ToHashSet();
        var table = new Dictionary<string, long[]>(StringComparer.Ordinal);
        var gate = new Lock();
        Parallel.For(0, records.Length, () => new Dictionary<string, long[]>(StringComparer.Ordinal), (i, _, local) =>
        {
            index.PairsOf(i, (a, b) =>
            {
                var block = index.SmallestCommonBlock(a, b);
                var bucket = index.SizeOfBlock(block) switch { <= 5 => "≤5", <= 10 => "≤10", <= 20 => "≤20", _ => ">20" };
                var key = $"{index.KindOfBlock(block)} {bucket}";
                var counts = local.TryGetValue(key, out var c) ? c : local[key] = new long[3];
                counts[0]++;
                counts[1] += truth.Contains((a, b)) ? 1 : 0;
                counts[2] += MatchModel.Probability(model.LogOdds(records[a], records[b])) >= model.PossibleThreshold ? 1 : 0;
            });
            return local;
        }, local =>
        {
            lock (gate)
            {
                foreach (var (key, counts) in local)
                {
                    var total = table.TryGetValue(key, out var c) ? c : table[key] = new long[3];
                    for (var k = 0; k < 3; k++)
                    {
                        total[k] += counts[k];
                    }
                }
            }
        });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{size} records, cap {cap}: {table.Values.Sum(v => v[0]):N0} pairs, true {table.Values.Sum(v => v[1]):N0} of {truth.Count:N0}"));
        foreach (var (key, counts) in table.OrderByDescending(p => p.Value[0]))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {key,-16} pairs {counts[0],12:N0}  true {counts[1],9:N0}  scored possible or better {counts[2],9:N0}"));
        }
    }
}
