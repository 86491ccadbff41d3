using System.CommandLine;
using System.Globalization;
using System.Text;
using Passage.Cli;

namespace Passage.Bench.Matching;

/// <summary>
/// Screening name pairs in many scripts (bench/DevSet/screening-pairs.csv, made by <c>make_screening.py</c> from the
/// Wikidata name dictionaries of Merhav and Ash, CC0): names only, scored by <c>passage match score</c> itself; precision,
/// recall and F1 of <c>match</c>, recall of <c>match</c> + <c>possible</c>, the best F1 over thresholds, and per script.
/// </summary>
internal static class ScreeningBench
{
    public static void Run()
    {
        var input = Path.Combine(Paths.RepositoryRoot, "bench", "DevSet", "screening-pairs.csv");
        var output = Path.Combine(Path.GetTempPath(), $"passage-screening-{Environment.ProcessId}.csv");
        var error = new StringWriter();
        var code = PassageCommands.Create().Parse(["match", "score", "--input", input, "--output", output])
            .Invoke(new InvocationConfiguration { Error = error, Output = TextWriter.Null });
        if (code != 0)
        {
            throw new InvalidOperationException($"passage match score failed: {error}");
        }

        var labels = File.ReadAllLines(input).Skip(1).Select(DevSetBench.Fields).ToDictionary(f => f[0], f => (Label: f[3] == "1", Split: f[4], Kind: f[5]));
        var pairs = File.ReadAllLines(output).Skip(1).Select(l => l.Split(','))
            .Select(s => (Probability: double.Parse(s[1], CultureInfo.InvariantCulture), Decision: s[2], labels[s[0]].Label, labels[s[0]].Split, labels[s[0]].Kind))
            .ToList();
        File.Delete(output);

        var text = new StringBuilder("### Screening name pairs in many scripts (`bench/DevSet/screening-pairs.csv`)\n\n");
        text.AppendLine("People's names only (no birth or father), as a screening check compares them: one person's English label with the label in another script — full names in Hebrew and Korean, single name words in Russian (Cyrillic), Arabic, Chinese and Japanese katakana — and look-alike negatives (another person with the most similar English label, or the same given name or surname). A labelled sample made by `bench/DevSet/make_screening.py` from the Wikidata name dictionaries of Merhav and Ash (COLING 2018, github.com/steveash/NETransliteration-COLING2018, data CC0 1.0). Scored by `passage match score` as shipped. The thresholds were chosen on the `dev` half; `check` is the other half.\n");
        text.AppendLine("| part | pairs | true pairs | P / R / F1 of `match` | R of `match` + `possible` | false `possible` | best F1 (threshold) |");
        text.AppendLine("|---|---|---|---|---|---|---|");
        text.AppendLine(Row("all", pairs));
        foreach (var split in new[] { "dev", "check" })
        {
            text.AppendLine(Row($"split {split}", [.. pairs.Where(p => p.Split == split)]));
        }

        foreach (var language in pairs.Select(p => Language(p.Kind)).Distinct().Order(StringComparer.Ordinal))
        {
            text.AppendLine(Row(language, [.. pairs.Where(p => Language(p.Kind) == language)]));
        }

        text.AppendLine("\nReliability of the probability:\n");
        text.AppendLine("| probability band | true / all |\n|---|---|");
        (string Label, double Low, double High)[] bands = [("< 0.1 (non-match)", 0, 0.1), ("0.1–0.5 (possible)", 0.1, 0.5), ("0.5–0.9 (possible)", 0.5, 0.9), ("0.9–0.99 (match)", 0.9, 0.99), ("≥ 0.99", 0.99, 2)];
        foreach (var (label, low, high) in bands)
        {
            var inBand = pairs.Where(p => p.Probability >= low && p.Probability < high).ToList();
            text.AppendLine(CultureInfo.InvariantCulture, $"| {label} | {inBand.Count(p => p.Label)} / {inBand.Count} |");
        }

        var wrong = pairs.Where(p => !p.Label && p.Decision == "match").GroupBy(p => p.Kind).Select(g => $"{g.Key} {g.Count()}");
        text.AppendLine(CultureInfo.InvariantCulture, $"\nWrong `match` decisions by kind: {string.Join("; ", wrong.DefaultIfEmpty("none"))}.");
        Report.Set("25-screening", text.ToString());
    }

    private static string Language(string kind) => kind[..kind.IndexOf(':', StringComparison.Ordinal)];

    private static string Row(string part, List<(double Probability, string Decision, bool Label, string Split, string Kind)> pairs)
    {
        var positives = pairs.Count(p => p.Label);
        var match = Quality.At([.. pairs.Select(p => (p.Decision == "match" ? 1.0 : 0.0, p.Label))], positives, 1);
        var found = pairs.Count(p => p.Label && p.Decision != "non-match") / (double)Math.Max(1, positives);
        var falsePossible = pairs.Count(p => !p.Label && p.Decision == "possible");
        var (best, threshold) = Quality.Best([.. pairs.Select(p => (p.Probability, p.Label))], positives);
        return Report.F($"| {part} | {pairs.Count} | {positives} | {match.Precision:F3} / {match.Recall:F3} / {match.F1:F3} | {found:F3} | {falsePossible} | {best.F1:F3} ({threshold:F3}) |");
    }
}
