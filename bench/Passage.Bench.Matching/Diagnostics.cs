using Passage.Bench.Matching.Synthetic;
using Passage.Matching.Linking;
using Passage.Matching.Records;
using Passage.Matching.Scoring;

namespace Passage.Bench.Matching;

/// <summary>Supervised look at the comparison levels of true pairs: for understanding, never for fitting.</summary>
internal static class Diagnostics
{
    public static void Run()
    {
        var data = SyntheticBench.Prepared(10_000, 10_007);
        var records = data.Select(d => d.Record).ToArray();
        var fields = FieldSchema.For(records, []);
        var comparer = new RecordComparer(fields, Matcher.Frequencies(records));
        var truth = Evaluation.TruePairs(data, null);
        var counts = fields.Select(f => new int[f.LevelCount + 1]).ToArray();
        var levels = new byte[fields.Count];
        var tf = new double[fields.Count];
        var shown = 0;
        foreach (var (a, b) in truth)
        {
            comparer.Compare(records[a], records[b], levels, tf);
            for (var f = 0; f < fields.Count; f++)
            {
                counts[f][levels[f] == RecordComparer.Missing ? fields[f].LevelCount : levels[f]]++;
            }

            if (levels[0] >= 3 && shown++ < 40)
            {
                Console.WriteLine($"{levels[0]}: {Show(records[a])}  ||  {Show(records[b])}");
            }
        }

        for (var f = 0; f < fields.Count; f++)
        {
            Console.WriteLine($"{fields[f].Name}: {string.Join(' ', counts[f])}");
        }
    }

    private static string Show(PreparedRecord r) => $"{r.Name} [{string.Join(',', r.Name.Tokens.Select(t => t.Key + ":" + t.Cluster))}] f={r.Father} b={r.Birth}";
}
