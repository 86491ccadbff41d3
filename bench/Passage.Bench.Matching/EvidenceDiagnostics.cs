using System.Globalization;
using Passage.Bench.Matching.Synthetic;
using Passage.Matching.Blocking;
using Passage.Matching.Linking;
using Passage.Matching.Records;
using Passage.Matching.Scoring;

namespace Passage.Bench.Matching;

/// <summary>
/// Where the true pairs of the speed bench's registry fall short of <c>possible</c>: not blocked, or blocked with
/// their evidence (the fields' weights without the prior) at each level, and how many other pairs the same evidence
/// would put in a review queue. For understanding, never for fitting.
/// </summary>
internal static class EvidenceDiagnostics
{
    private static readonly double[] Cuts = [4, 6, 8, 10, 11, 12, 13, 14, 15, 16, 18, 20];

    private static void Unblocked(List<SyntheticRecord> generated, PreparedRecord[] records, BlockIndex index)
    {
        var kinds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var group in generated.Select((g, i) => (g.Person, i)).GroupBy(x => x.Person).Where(g => g.Count() > 1))
        {
            var m = group.Select(x => x.i).ToArray();
            for (var x = 0; x < m.Length; x++)
            {
                for (var y = x + 1; y < m.Length; y++)
                {
                    if (index.ShareBlock(m[x], m[y]))
                    {
                        continue;
                    }

                    var (a, b) = (records[m[x]], records[m[y]]);
                    var tokensA = a.Name.Tokens.Select(t => t.Key).ToHashSet();
                    var sharedToken = b.Name.Tokens.Any(t => tokensA.Contains(t.Key));
                    var sameYear = a.Birth is { } ba && b.Birth is { } bb && ba.Year == bb.Year;
                    var sameDay = a.Birth is { Precision: Passage.Matching.Comparison.DatePrecision.Day } da && b.Birth is { Precision: Passage.Matching.Comparison.DatePrecision.Day } db && da.ToString() == db.ToString();
                    var fathers = a.Father.IsEmpty || b.Father.IsEmpty ? "father missing" : a.Father.Tokens[0].Key == b.Father.Tokens[0].Key ? "same father key" : "other father key";
                    var key = $"{(sharedToken ? "token shared" : "no token")}, {(sameDay ? "same day" : sameYear ? "same year" : "other/missing year")}, {fathers}";
                    kinds[key] = kinds.GetValueOrDefault(key) + 1;
                    if (kinds[key] <= 2)
                    {
                        Console.WriteLine($"  e.g. {a.Name} / f={a.Father} / {a.Birth}  ||  {b.Name} / f={b.Father} / {b.Birth}");
                    }
                }
            }
        }

        foreach (var (key, count) in kinds.OrderByDescending(k => k.Value))
        {
            Console.WriteLine(Report.F($"  unblocked: {key}: {count:N0}"));
        }
    }

    public static void Run(int size)
    {
        var generated = SyntheticRegistry.Generate(size, 20_260_101);
        var records = generated.AsParallel().AsOrdered().Select(g => PreparedRecord.From(g.Record)).ToArray();
        var index = BlockIndex.Build(records, Matcher.CapFor(records.Length));
        var model = Matcher.Learn(records, FieldSchema.For(records, []), index).Model;
        var truePairs = generated.GroupBy(g => g.Person).Sum(g => (long)g.Count() * (g.Count() - 1) / 2);
        Unblocked(generated, records, index);
        var trueAt = new long[Cuts.Length];
        var falseAt = new long[Cuts.Length];
        long trueBelowPossible = 0, truePossible = 0, falsePossible = 0, blockedTrue = 0;
        var gate = new Lock();
        Parallel.For(0, records.Length, () => (T: new long[Cuts.Length], F: new long[Cuts.Length], Counts: new long[4]), (i, _, local) =>
        {
            var levels = new byte[model.Parameters.Count];
            var tf = new double[model.Parameters.Count];
            index.PairsOf(i, (a, b) =>
            {
                model.Comparer.Compare(records[a], records[b], levels, tf);
                var logOdds = model.LogOdds(levels, tf);
                var evidence = logOdds - model.PriorWeight;
                var same = generated[a].Person == generated[b].Person;
                var possible = MatchModel.Probability(logOdds) >= model.PossibleThreshold;
                local.Counts[0] += same ? 1 : 0;
                local.Counts[1] += same && !possible ? 1 : 0;
                local.Counts[2] += same && possible ? 1 : 0;
                local.Counts[3] += !same && possible ? 1 : 0;
                for (var c = 0; c < Cuts.Length; c++)
                {
                    if (evidence >= Cuts[c])
                    {
                        (same ? local.T : local.F)[c]++;
                    }
                }
            });
            return local;
        }, local =>
        {
            lock (gate)
            {
                for (var c = 0; c < Cuts.Length; c++)
                {
                    trueAt[c] += local.T[c];
                    falseAt[c] += local.F[c];
                }

                blockedTrue += local.Counts[0];
                trueBelowPossible += local.Counts[1];
                truePossible += local.Counts[2];
                falsePossible += local.Counts[3];
            }
        });

        Console.WriteLine(Report.F($"{size:N0} records: {truePairs:N0} true pairs, {blockedTrue:N0} blocked ({(double)blockedTrue / truePairs:F4}); prior weight {model.PriorWeight:F2} bits, candidate prior weight {Math.Log2(model.CandidatePrior / (1 - model.CandidatePrior)):F2}"));
        Console.WriteLine(Report.F($"at p ≥ {model.PossibleThreshold}: true {truePossible:N0} (R {(double)truePossible / truePairs:F4}), false {falsePossible:N0}; true blocked but below: {trueBelowPossible:N0}"));
        for (var c = 0; c < Cuts.Length; c++)
        {
            Console.WriteLine(Report.F($"  evidence ≥ {Cuts[c],4:F0} bits: R {(double)trueAt[c] / truePairs:F4}, P {(double)trueAt[c] / Math.Max(1, trueAt[c] + falseAt[c]):F4}, pairs {trueAt[c] + falseAt[c]:N0} (false {falseAt[c]:N0})"));
        }
    }
}
