using System.Globalization;
using System.Text;

namespace Passage.Bench.Matching;

/// <summary>Collects the lines of the "## Matching" section of bench/RESULTS.md, keyed by part, and writes the section.</summary>
internal static class Report
{
    private static readonly SortedDictionary<string, string> Parts = new(StringComparer.Ordinal);

    public static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    public static void Set(string part, string markdown)
    {
        Parts[part] = markdown;
        Console.WriteLine(markdown);
    }

    /// <summary>Replaces the parts measured in this run inside the Matching section, keeping other sections and parts.</summary>
    public static void Write()
    {
        var path = Paths.Results;
        var text = File.Exists(path) ? File.ReadAllText(path) : "# Benchmark results\n";
        foreach (var (part, markdown) in Parts)
        {
            var begin = $"<!-- matching:{part} -->";
            var end = $"<!-- /matching:{part} -->";
            var block = $"{begin}\n{markdown.TrimEnd()}\n{end}";
            var i = text.IndexOf(begin, StringComparison.Ordinal);
            if (i >= 0)
            {
                var j = text.IndexOf(end, i, StringComparison.Ordinal) + end.Length;
                text = text[..i] + block + text[j..];
            }
            else
            {
                text = text.TrimEnd() + "\n\n" + block + "\n";
            }
        }

        File.WriteAllText(path, text.TrimEnd() + "\n", new UTF8Encoding(false));
        Console.WriteLine($"wrote {path}");
    }
}
