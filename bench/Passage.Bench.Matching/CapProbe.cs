using System.Diagnostics;
using Passage.Bench.Matching.Synthetic;
using Passage.Matching.Blocking;
using Passage.Matching.Records;

namespace Passage.Bench.Matching;

/// <summary>The share of true pairs that share a block, and the candidate pairs, at each of several block caps: for understanding blocking.</summary>
internal static class CapProbe
{
    public static void Run(int size, int[] caps)
    {
        var generated = SyntheticRegistry.Generate(size, 20_260_101);
        var records = generated.AsParallel().AsOrdered().Select(g => PreparedRecord.From(g.Record)).ToArray();
        var truth = generated.Select((g, i) => (g.Person, i)).GroupBy(x => x.Person).Where(g => g.Count() > 1)
            .SelectMany(g => g.SelectMany(x => g.Where(y => y.i > x.i).Select(y => (x.i, y.i)))).ToArray();
        foreach (var cap in caps)
        {
            var clock = Stopwatch.StartNew();
            var index = BlockIndex.Build(records, cap);
            var build = clock.Elapsed.TotalSeconds;
            var kept = truth.AsParallel().Count(p => index.ShareBlock(p.Item1, p.Item2));
            var pairs = index.CountPairs();
            Console.WriteLine($"cap {cap}: blocked {kept} of {truth.Length} ({(double)kept / truth.Length:F4}), {pairs:N0} candidate pairs, build {build:F1} s");
        }
    }
}
