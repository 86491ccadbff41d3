using System.CommandLine;
using System.Globalization;
using System.Text;
using Passage.Cli;

namespace Passage.Bench.Matching;

/// <summary>
/// The labelled development set (bench/DevSet, made by <c>make_devset.py</c>): name pairs and person-record pairs
/// scored by <c>passage match score</c> itself, with precision, recall and F1 of its <c>match</c> decision, errors by
/// kind, and the reliability of the probability (share of true pairs in each probability band).
/// </summary>
internal static class DevSetBench
{
    public static void Run()
    {
        var text = new StringBuilder("### Development set (labelled, `bench/DevSet`)\n\n");
        text.AppendLine("Made by `bench/DevSet/make_devset.py` from hand-written Persian name knowledge (spellings seen on documents, look-alike names, male/female pairs, surname-suffix families, honorifics, compounds) and the persian-names given-name lists; not from the engine's variant table. Fictitious people. Scored by `passage match score` as shipped.\n");
        text.AppendLine("| set | pairs | true pairs | P / R / F1 of `match` | R of `match` + `possible` | wrong `match` decisions by kind | missed by kind |");
        text.AppendLine("|---|---|---|---|---|---|---|");
        var reliability = new StringBuilder("| probability band | name pairs: true / all | record pairs: true / all |\n|---|---|---|\n");
        var bands = new List<(int True, int All)[]>();
        foreach (var name in new[] { "name-pairs", "record-pairs" })
        {
            var (row, band) = Evaluate(name);
            text.AppendLine(row);
            bands.Add(band);
        }

        string[] labels = ["< 0.1 (non-match)", "0.1–0.5 (possible)", "0.5–0.9", "0.9–0.99", "≥ 0.99"];
        for (var b = 0; b < labels.Length; b++)
        {
            reliability.AppendLine(CultureInfo.InvariantCulture, $"| {labels[b]} | {bands[0][b].True} / {bands[0][b].All} | {bands[1][b].True} / {bands[1][b].All} |");
        }

        text.AppendLine("\nReliability of the probability (a calibrated score has few true pairs in the low bands and few false ones in the high):\n");
        text.Append(reliability);
        Report.Set("20-devset", text.ToString());
    }

    private static (string Row, (int True, int All)[] Bands) Evaluate(string name)
    {
        var input = Path.Combine(Paths.RepositoryRoot, "bench", "DevSet", name + ".csv");
        var output = Path.Combine(Path.GetTempPath(), $"passage-devset-{name}-{Environment.ProcessId}.csv");
        var error = new StringWriter();
        var code = PassageCommands.Create().Parse(["match", "score", "--input", input, "--output", output])
            .Invoke(new InvocationConfiguration { Error = error, Output = TextWriter.Null });
        if (code != 0)
        {
            throw new InvalidOperationException($"passage match score failed on {name}: {error}");
        }

        var labels = File.ReadAllLines(input).Skip(1).Select(Fields).ToDictionary(f => f[0], f => (Label: f[^2] == "1", Kind: f[^1]));
        var scores = File.ReadAllLines(output).Skip(1).Select(l => l.Split(',')).ToList();
        File.Delete(output);
        int tp = 0, fp = 0, fn = 0, found = 0;
        var wrong = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var missed = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var bands = new (int True, int All)[5];
        foreach (var s in scores)
        {
            var (label, kind) = labels[s[0]];
            var p = double.Parse(s[1], CultureInfo.InvariantCulture);
            var match = s[2] == "match";
            var band = p < 0.1 ? 0 : p < 0.5 ? 1 : p < 0.9 ? 2 : p < 0.99 ? 3 : 4;
            bands[band] = (bands[band].True + (label ? 1 : 0), bands[band].All + 1);
            tp += match && label ? 1 : 0;
            fp += match && !label ? 1 : 0;
            fn += !match && label ? 1 : 0;
            found += label && s[2] != "non-match" ? 1 : 0;
            if (match != label)
            {
                var into = match ? wrong : missed;
                into[kind] = into.GetValueOrDefault(kind) + 1;
            }
        }

        var precision = tp / (double)Math.Max(1, tp + fp);
        var recall = tp / (double)Math.Max(1, tp + fn);
        var f1 = 2 * precision * recall / Math.Max(1e-9, precision + recall);
        static string Kinds(SortedDictionary<string, int> k) => k.Count == 0 ? "none" : string.Join("; ", k.Select(p => $"{p.Key} {p.Value}"));
        var positives = labels.Values.Count(l => l.Label);
        return (Report.F($"| {name} | {scores.Count} | {positives} | {precision:F3} / {recall:F3} / {f1:F3} | {found / (double)Math.Max(1, positives):F3} | {Kinds(wrong)} | {Kinds(missed)} |"), bands);
    }

    /// <summary>The fields of one CSV line of the development set (quoted fields hold commas).</summary>
    internal static string[] Fields(string line)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return [.. fields];
    }
}
