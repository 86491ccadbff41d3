using System.Diagnostics;
using System.Text;
using Passage.Matching.Blocking;
using Passage.Matching.Comparison;
using Passage.Matching.Linking;
using Passage.Matching.Records;

namespace Passage.Bench.Matching;

/// <summary>FEBRL 1–3 deduplication and 4a↔4b linkage, unsupervised: no label is used to fit anything.</summary>
internal static class FebrlBench
{
    private static readonly string[] AttributeColumns = ["street_number", "address_1", "address_2", "suburb", "postcode", "state", "soc_sec_id"];

    public static void Run()
    {
        var table = new StringBuilder();
        table.AppendLine("| data set | records | true pairs | candidate pairs | true pairs kept by blocking | P / R / F1 at the shipped threshold (0.5) | best F1 (threshold) | time |");
        table.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var name in new[] { "dataset1", "dataset2", "dataset3" })
        {
            var records = Load(name);
            table.AppendLine(Evaluate(name, records, null));
        }

        var left = Load("dataset4a");
        var right = Load("dataset4b");
        table.AppendLine(Evaluate("dataset4a ↔ dataset4b", [.. left, .. right], left.Count));
        Report.Set("30-febrl", "### FEBRL\n\n" + table +
            "\nFields: given name and surname (name comparison with variants and swap), date of birth (precision and typical errors), " +
            "street number, address 1 and 2, suburb, postcode, state and social security id as generic attributes. " +
            "m and the prior by EM over the blocked pairs, u from 300,000 random pairs, term-frequency adjustment; no labels used.\n");
    }

    private static string Evaluate(string name, IReadOnlyList<(string Entity, PreparedRecord Record)> data, int? leftCount)
    {
        var clock = Stopwatch.StartNew();
        var records = data.Select(d => d.Record).ToArray();
        var fields = FieldSchema.For(records, AttributeColumns);
        var index = BlockIndex.Build(records, Matcher.DefaultCap, leftCount);
        var model = Matcher.Train(records, fields, index);
        var pairs = Matcher.Run(records, index, model, out var compared);
        clock.Stop();
        var left = leftCount ?? records.Length;
        var truth = TruePairs(data, leftCount);
        var kept = truth.Count(p => index.ShareBlock(p.A, p.B));
        var truthSet = truth.ToHashSet();
        var scored = pairs.Select(p => (p.Probability, truthSet.Contains((p.A, p.B)))).ToList();
        var shipped = Quality.At(scored, truth.Count, model.MatchThreshold);
        var (best, threshold) = Quality.Best(scored, truth.Count);
        Console.WriteLine(Report.F($"{name}: prior {model.Prior:E3}; {shipped}; best {best} at {threshold:F3}"));
        foreach (var p in model.Parameters)
        {
            Console.WriteLine($"  {p.Field.Name}: m [{string.Join(' ', p.M.Select(x => x.ToString("F3", System.Globalization.CultureInfo.InvariantCulture)))}] u [{string.Join(' ', p.U.Select(x => x.ToString("E1", System.Globalization.CultureInfo.InvariantCulture)))}]");
        }

        return Report.F($"| {name} | {records.Length:N0} | {truth.Count:N0} | {compared:N0} | {(double)kept / truth.Count:F4} | {shipped.Precision:F4} / {shipped.Recall:F4} / {shipped.F1:F4} | {best.F1:F4} ({threshold:F3}) | {clock.Elapsed.TotalSeconds:F2} s |");
    }

    private static List<(int A, int B)> TruePairs(IReadOnlyList<(string Entity, PreparedRecord Record)> data, int? leftCount)
    {
        var pairs = new List<(int, int)>();
        var left = leftCount ?? data.Count;
        foreach (var group in data.Select((d, i) => (d.Entity, i)).GroupBy(x => x.Entity))
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

    public static List<(string Entity, PreparedRecord Record)> Load(string name)
    {
        var path = Path.Combine(Paths.Data, "febrl", name + ".csv");
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        var header = lines[0].Split(',').Select(h => h.Trim()).ToArray();
        int Column(string c) => Array.IndexOf(header, c);
        var result = new List<(string, PreparedRecord)>();
        foreach (var line in lines.Skip(1))
        {
            var v = line.Split(',').Select(x => x.Trim()).ToArray();
            var id = v[Column("rec_id")];
            var entity = id.Split('-')[1];
            var birth = BirthDate.Parse(v[Column("date_of_birth")]);
            var record = new PersonRecord(id, GivenName: v[Column("given_name")], FamilyName: v[Column("surname")],
                Birth: birth.Success ? birth.Value : null, Attributes: [.. AttributeColumns.Select(c => v[Column(c)])]);
            result.Add((entity, PreparedRecord.From(record)));
        }

        return result;
    }
}
