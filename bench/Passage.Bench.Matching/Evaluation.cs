using System.Diagnostics;
using System.Globalization;
using Passage.Matching.Blocking;
using Passage.Matching.Linking;
using Passage.Matching.Records;
using Passage.Matching.Scoring;

namespace Passage.Bench.Matching;

/// <summary>The outcome of one unsupervised deduplication or linkage run scored against the truth.</summary>
internal sealed record EvaluationResult(string Row, MatchModel Model, Quality Shipped, Quality Best, double BlockingRecall, long Compared, TimeSpan Elapsed);

/// <summary>Runs block → train (EM, no labels) → score on records whose true entity is known, and measures it.</summary>
internal static class Evaluation
{
    public static EvaluationResult Run(string name, IReadOnlyList<(string Entity, PreparedRecord Record)> data, int? leftCount,
        IReadOnlyList<string> attributes, int? cap = null)
    {
        var clock = Stopwatch.StartNew();
        var records = data.Select(d => d.Record).ToArray();
        var fields = FieldSchema.For(records, attributes);
        var index = BlockIndex.Build(records, cap ?? Matcher.CapFor(records.Length), leftCount);
        var model = Matcher.Train(records, fields, index);
        var pairs = Matcher.Run(records, index, model, out var compared);
        clock.Stop();
        var truth = TruePairs(data, leftCount);
        var kept = truth.Count(p => index.ShareBlock(p.A, p.B));
        var truthSet = truth.ToHashSet();
        var scored = pairs.Select(p => (p.Probability, truthSet.Contains((p.A, p.B)))).ToList();
        var shipped = Quality.At(scored, truth.Count, model.MatchThreshold);
        var (best, threshold) = Quality.Best(scored, truth.Count);
        // Every pair Run returns is `match` or `possible` (by probability or by evidence).
        var possible = Quality.At(scored, truth.Count, 0);
        var blocking = truth.Count == 0 ? 1 : (double)kept / truth.Count;
        Console.WriteLine(Report.F($"{name}: prior {model.Prior:E3}; {shipped}; best {best} at {threshold:F3}"));
        foreach (var p in model.Parameters)
        {
            Console.WriteLine($"  {p.Field.Name}: m [{Join(p.M, "F3")}] u [{Join(p.U, "E1")}]");
        }

        var row = Report.F($"| {name} | {records.Length:N0} | {truth.Count:N0} | {compared:N0} | {blocking:F4} | {shipped.Precision:F4} / {shipped.Recall:F4} / {shipped.F1:F4} | {possible.Precision:F4} / {possible.Recall:F4} | {best.F1:F4} ({threshold:F3}) | {clock.Elapsed.TotalSeconds:F2} s |");
        return new EvaluationResult(row, model, shipped, best, blocking, compared, clock.Elapsed);
    }

    public static List<(int A, int B)> TruePairs(IReadOnlyList<(string Entity, PreparedRecord Record)> data, int? leftCount)
    {
        var pairs = new List<(int, int)>();
        var left = leftCount ?? data.Count;
        foreach (var group in data.Select((d, i) => (d.Entity, i)).GroupBy(x => x.Entity, StringComparer.Ordinal))
        {
            var members = group.Select(x => x.i).ToArray();
            for (var x = 0; x < members.Length; x++)
            {
                for (var y = x + 1; y < members.Length; y++)
                {
                    var (a, b) = (Math.Min(members[x], members[y]), Math.Max(members[x], members[y]));
                    if (leftCount is null || (a < left && b >= left))
                    {
                        pairs.Add((a, b));
                    }
                }
            }
        }

        return pairs;
    }

    private static string Join(IEnumerable<double> values, string format) =>
        string.Join(' ', values.Select(x => x.ToString(format, CultureInfo.InvariantCulture)));
}
