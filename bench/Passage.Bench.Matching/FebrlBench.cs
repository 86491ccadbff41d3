using System.Text;
using Passage.Matching.Comparison;
using Passage.Matching.Records;

namespace Passage.Bench.Matching;

/// <summary>FEBRL 1–3 deduplication and 4a↔4b linkage, unsupervised: no label is used to fit anything.</summary>
internal static class FebrlBench
{
    private static readonly string[] AttributeColumns = ["street_number", "address_1", "address_2", "suburb", "postcode", "state", "soc_sec_id"];

    public static void Run()
    {
        var table = new StringBuilder();
        table.AppendLine("| data set | records | true pairs | candidate pairs | true pairs kept by blocking | P / R / F1 of `match` (0.5) | P / R of `match` + `possible` (0.1) | best F1 (threshold) | time |");
        table.AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var name in new[] { "dataset1", "dataset2", "dataset3" })
        {
            var records = Load(name);
            table.AppendLine(Evaluation.Run(name, records, null, AttributeColumns).Row);
        }

        var left = Load("dataset4a");
        var right = Load("dataset4b");
        table.AppendLine(Evaluation.Run("dataset4a ↔ dataset4b", [.. left, .. right], left.Count, AttributeColumns).Row);
        Report.Set("30-febrl", "### FEBRL\n\n" + table +
            "\nFields: given name and surname (name comparison with variants and swap), date of birth (precision and typical errors), " +
            "street number, address 1 and 2, suburb, postcode, state and social security id as generic attributes. " +
            "m and the prior by EM over the blocked pairs, u from 300,000 random pairs, term-frequency adjustment; no labels used.\n");
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
