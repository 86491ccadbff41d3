using System.Diagnostics;
using Passage.Matching.Comparison;

namespace Passage.Bench.Matching;

/// <summary>
/// The engine's Jaro-Winkler against a maintained package's (F23.StringSimilarity, a port of java-string-similarity),
/// on the words of the Latin names of names-ar-latin: time per call (best of three passes, one thread) and how far the
/// two disagree, including how many pairs fall on the other side of the thresholds the name comparison uses.
/// </summary>
internal static class StringsBench
{
    public static void Run()
    {
        var path = Path.Combine(Paths.Data, "names-ar-latin", "google_ar2en-test.txt");
        var words = File.ReadLines(path).Select(l => l.Split('\t')).Where(p => p.Length == 2)
            .SelectMany(p => p[1].ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.Ordinal).Take(600).ToArray();
        var package = new F23.StringSimilarity.JaroWinkler();
        double largest = 0;
        var flipped = 0;
        foreach (var a in words)
        {
            foreach (var b in words)
            {
                var ours = StringSimilarity.JaroWinkler(a, b);
                var theirs = package.Similarity(a, b);
                largest = Math.Max(largest, Math.Abs(ours - theirs));
                flipped += (ours >= 0.85) != (theirs >= 0.85) || (ours >= 0.93) != (theirs >= 0.93) ? 1 : 0;
            }
        }

        var oursNs = Time(words, (a, b) => StringSimilarity.JaroWinkler(a, b));
        var theirsNs = Time(words, package.Similarity);
        var pairs = words.Length * words.Length;
        Report.Set("55-strings", Report.F($"""
            ### String similarity: our Jaro-Winkler and a maintained package's

            {words.Length:N0} distinct words of the Latin names of names-ar-latin (test split), every ordered pair ({pairs:N0}), one thread, best of three passes.

            | implementation | time per call | allocations |
            |---|---|---|
            | `Passage.Matching` `StringSimilarity.JaroWinkler` (matched positions as bits, no allocation) | {oursNs:F0} ns | none |
            | F23.StringSimilarity 7.0.1 `JaroWinkler.Similarity` | {theirsNs:F0} ns | arrays per call |

            Largest difference between the two: {largest:F4}; pairs on the other side of 0.85 or 0.93 (the name comparison's thresholds): {flipped:N0} of {pairs:N0}. The package is {theirsNs / oursNs:F1} times slower, and name comparison is most of the time of scoring a pair, so the engine keeps its own (see `docs/decisions/0004-own-string-similarity.md`).
            """));
        Console.WriteLine(Report.F($"strings: ours {oursNs:F0} ns, package {theirsNs:F0} ns, largest difference {largest:F4}, {flipped} pairs across a threshold"));
    }

    private static double Time(string[] words, Func<string, string, double> similarity)
    {
        var best = double.MaxValue;
        var sink = 0.0;
        for (var pass = 0; pass < 3; pass++)
        {
            var clock = Stopwatch.StartNew();
            foreach (var a in words)
            {
                foreach (var b in words)
                {
                    sink += similarity(a, b);
                }
            }

            best = Math.Min(best, clock.Elapsed.TotalNanoseconds / (words.Length * words.Length));
        }

        GC.KeepAlive(sink);
        return best;
    }
}
