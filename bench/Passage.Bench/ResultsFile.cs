namespace Passage.Bench;

/// <summary>bench/RESULTS.md, made of sections between markers that each benchmark replaces with its latest run.</summary>
internal static class ResultsFile
{
    public static void WriteSection(FileInfo file, string section, string begin, string end)
    {
        var existing = file.Exists ? File.ReadAllText(file.FullName) : "# Benchmark results\n\n";
        var start = existing.IndexOf(begin, StringComparison.Ordinal);
        var stop = existing.IndexOf(end, StringComparison.Ordinal);
        var updated = start >= 0 && stop > start
            ? existing[..start] + section.TrimEnd() + existing[(stop + end.Length)..]
            : existing.TrimEnd() + "\n\n" + section;
        File.WriteAllText(file.FullName, updated);
    }
}
