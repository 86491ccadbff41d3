using System.Globalization;
using Passage.Bench.Matching.Synthetic;
using Passage.Matching.Blocking;
using Passage.Matching.Linking;
using Passage.Matching.Records;
using Passage.Matching.Scoring;

namespace Passage.Bench.Matching;

/// <summary>Supervised look at where the unsupervised model errs: for understanding, never for fitting.</summary>
internal static class Diagnostics
{
    public static void Run(int size, NamePool pool)
    {
        var data = SyntheticBench.Prepared(size, 7 + size, pool);
        var records = data.Select(d => d.Record).ToArray();
        var fields = FieldSchema.For(records, []);
        var index = BlockIndex.Build(records, Matcher.CapFor(records.Length));
        var model = Matcher.Train(records, fields, index);
        var truth = Evaluation.TruePairs(data, null);
        var truthSet = truth.ToHashSet();
        var levels = new byte[fields.Count];
        var tf = new double[fields.Count];
        var missed = new Dictionary<string, (int Count, double LogOdds)>(StringComparer.Ordinal);
        var notBlocked = 0;
        var shown = 0;
        foreach (var (a, b) in truth)
        {
            if (!index.ShareBlock(a, b))
            {
                notBlocked++;
                if (shown++ < 15)
                {
                    Console.WriteLine($"unblocked: {Show(records[a])}  ||  {Show(records[b])}");
                }

                continue;
            }

            model.Comparer.Compare(records[a], records[b], levels, tf);
            var logOdds = model.LogOdds(levels, tf);
            if (MatchModel.Probability(logOdds) < model.MatchThreshold)
            {
                if (levels[0] == 4 && shown++ < 40)
                {
                    Console.WriteLine($"partial: {Show(records[a])}  ||  {Show(records[b])}");
                }

                Count(missed, levels, logOdds);
            }
        }

        var pairs = Matcher.Run(records, index, model, out _);
        var wrong = new Dictionary<string, (int Count, double LogOdds)>(StringComparer.Ordinal);
        foreach (var p in pairs.Where(p => p.Probability >= model.MatchThreshold && !truthSet.Contains((p.A, p.B))))
        {
            model.Comparer.Compare(records[p.A], records[p.B], levels, tf);
            Count(wrong, levels, model.LogOdds(levels, tf));
        }

        Console.WriteLine($"true pairs {truth.Count}, not blocked {notBlocked}, blocked but below threshold {missed.Values.Sum(v => v.Count)}, false matches {wrong.Values.Sum(v => v.Count)}; prior weight {model.PriorWeight:F2}");
        Console.WriteLine("fields: " + string.Join(',', fields.Select(f => f.Name)));
        foreach (var p in model.Parameters)
        {
            Console.WriteLine($"  {p.Field.Name}: w [{string.Join(' ', p.M.Zip(p.U, (m, u) => Math.Log2(m / u).ToString("F1", CultureInfo.InvariantCulture)))}]");
        }

        Print("missed true pairs by levels", missed);
        Print("false matches by levels", wrong);
    }

    private static void Count(Dictionary<string, (int Count, double LogOdds)> table, byte[] levels, double logOdds)
    {
        var key = string.Join(',', levels.Select(l => l == RecordComparer.Missing ? "-" : l.ToString(CultureInfo.InvariantCulture)));
        table[key] = table.TryGetValue(key, out var v) ? (v.Count + 1, v.LogOdds + logOdds) : (1, logOdds);
    }

    private static void Print(string title, Dictionary<string, (int Count, double LogOdds)> table)
    {
        Console.WriteLine(title);
        foreach (var (key, (count, sum)) in table.OrderByDescending(p => p.Value.Count).Take(25))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {key,-12} {count,7}  mean log-odds {sum / count:F1}"));
        }
    }

    private static string Show(PreparedRecord r) => $"{r.Name} [{string.Join(',', r.Name.Tokens.Select(t => t.Key + ":" + t.Cluster))}] f={r.Father} b={r.Birth}";
}
