using System.Diagnostics;
using System.Globalization;
using System.Text;
using Passage.Bench.Matching.Synthetic;
using Passage.Matching.Blocking;
using Passage.Matching.Linking;
using Passage.Matching.Records;
using Passage.Matching.Scoring;

namespace Passage.Bench.Matching;

/// <summary>A search query taken from the registry: one registration of a person, and the other registrations of that person.</summary>
internal sealed record Query(int Record, PersonRecord Person, HashSet<int> Others);

/// <summary>
/// Speed on the synthetic registry: end-to-end deduplication through <c>passage match dedup</c> (read,
/// block, learn, score, cluster, write), compared pairs per second on one core, and search latency and
/// recall over an in-memory index; then the PostgreSQL baselines on the same names and queries.
/// </summary>
internal static class SpeedBench
{
    /// <summary>
    /// Runs <c>passage match dedup</c> as its own process, as an operator does, under <c>/usr/bin/time</c>: its wall time,
    /// processor time (user + system), the peak of its resident memory, and its standard error. The process gets the
    /// runtime settings of <c>passage</c> itself (workstation garbage collector), not the bench's (server collector).
    /// </summary>
    private static (TimeSpan Wall, TimeSpan Processor, long PeakBytes, string Log) DedupProcess(string input, string output, DirectoryInfo folder)
    {
        var here = AppContext.BaseDirectory;
        var times = Path.Combine(folder.FullName, "time.txt");
        var runtimeConfig = Path.Combine(folder.FullName, "passage.runtimeconfig.json");
        File.WriteAllText(runtimeConfig, PassageRuntimeConfig);
        var start = new ProcessStartInfo("/usr/bin/time")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var argument in new[]
        {
            "-f", "%e %U %S %M", "-o", times, "dotnet", "exec",
            "--runtimeconfig", runtimeConfig,
            "--depsfile", Path.Combine(here, "Passage.Bench.Matching.deps.json"),
            Path.Combine(here, "passage.dll"), "match", "dedup", "--input", input, "--output", output,
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var log = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("dedup failed: " + log.Result);
        }

        var t = File.ReadAllText(times).Trim().Split('\n')[^1].Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        return (TimeSpan.FromSeconds(t[0]), TimeSpan.FromSeconds(t[1] + t[2]), (long)t[3] * 1024, log.Result);
    }

    /// <summary>The runtime configuration of the <c>passage</c> program (src/Passage.Cli): the frameworks it runs on, default collector.</summary>
    private const string PassageRuntimeConfig = """
        {
          "runtimeOptions": {
            "tfm": "net10.0",
            "frameworks": [
              { "name": "Microsoft.NETCore.App", "version": "10.0.0" },
              { "name": "Microsoft.AspNetCore.App", "version": "10.0.0" }
            ],
            "configProperties": { "System.GC.Server": false }
          }
        }
        """;

    /// <summary>Runs the whole speed bench and writes its section of the report; with <paramref name="dedupOnly"/>, prints the dedup figures only.</summary>
    public static void Run(int size, int queries, int baselineQueries, bool dedupOnly = false)
    {
        var folder = Directory.CreateTempSubdirectory("passage-bench-");
        try
        {
            Run(size, queries, baselineQueries, folder, dedupOnly);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static void Run(int size, int queryCount, int baselineQueries, DirectoryInfo folder, bool dedupOnly)
    {
        var generated = SyntheticRegistry.Generate(size, 20_260_101);

        // One-thread scoring first, on a fresh heap as a `passage` process has: measured after the 1M-record stages of
        // this process it comes out about a fifth slower, the records then lying scattered in a fragmented heap.
        var perCore = PairsPerCore(generated);
        var input = Path.Combine(folder.FullName, "registry.csv");
        WriteCsv(generated, input);
        var output = Path.Combine(folder.FullName, "pairs.csv");
        var load = File.ReadAllText("/proc/loadavg").Split(' ')[0];
        var (clock, processor, peakBytes, log) = DedupProcess(input, output, folder);
        var stages = log.Split('\n').FirstOrDefault(l => l.StartsWith("prepare", StringComparison.Ordinal))?.Trim() ?? string.Empty;
        Console.WriteLine(stages);

        // Clustering (connected components of the matches) is part of the end-to-end time.
        var clusterClock = Stopwatch.StartNew();
        var ids = generated.Select((g, i) => (g.Record.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var scored = File.ReadLines(output).Skip(1).Select(l => l.Split(','))
            .Select(p => (A: ids[p[0]], B: ids[p[1]], Probability: double.Parse(p[2], CultureInfo.InvariantCulture), Match: p[3] == "match")).ToList();
        var clusters = new UnionFind(size);
        foreach (var pair in scored.Where(p => p.Match))
        {
            clusters.Union(pair.A, pair.B);
        }

        var clusterCount = Enumerable.Range(0, size).Count(i => clusters.Find(i) == i);
        clusterClock.Stop();
        var total = clock + clusterClock.Elapsed;
        var compared = long.Parse(log.Split(" pairs compared")[0].Split(", ")[^1], CultureInfo.InvariantCulture);
        var truth = TruePairCount(generated);
        var labelled = scored.Select(p => (p.Probability, generated[p.A].Person == generated[p.B].Person)).ToList();
        var shipped = Quality.At(labelled, truth, MatchModel.DefaultMatchThreshold);
        var (best, threshold) = Quality.Best(labelled, truth);
        // Every pair written is `match` or `possible` (by probability or by evidence: MatchModel.DecideLogOdds).
        var possible = Quality.At(labelled, truth, 0);
        var queue = scored.Count(p => !p.Match);
        Console.WriteLine(Report.F($"dedup {total.TotalSeconds:F1} s wall, {processor.TotalSeconds:F1} s processor, peak {peakBytes / 1048576.0:N0} MiB, load {load}; {compared:N0} pairs; shipped {shipped}; match + possible P {possible.Precision:F4} R {possible.Recall:F4} ({queue:N0} possible); best {best} at {threshold:F3}"));
        if (dedupOnly)
        {
            return;
        }

        var ceiling = Ceiling.Recall([.. generated.AsParallel().AsOrdered().Select(g => (g.Person.ToString(CultureInfo.InvariantCulture), PreparedRecord.From(g.Record)))],
            0.98, out _, out var ceilingKept, out _);
        var search = Search(generated, queryCount);
        var baselines = PostgresBaselines.Run(generated, search.Queries.Take(baselineQueries).ToArray());

        var text = new StringBuilder();
        text.AppendLine(Report.F($"### Speed ({size:N0} synthetic records, this machine)"));
        text.AppendLine();
        text.AppendLine("| measure | result | target |");
        text.AppendLine("|---|---|---|");
        text.AppendLine(Report.F($"| dedup end to end (`passage match dedup`: read CSV, block, learn by EM, score, write; then cluster) | {total.TotalSeconds:F1} s wall, {processor.TotalSeconds:F1} s of processor time ({clusterCount:N0} clusters); load average {load} when it started | ≤ 60 s |"));
        text.AppendLine(Report.F($"| peak memory of the `passage match dedup` process (maximum resident set) | {peakBytes / 1048576.0:N0} MiB | ≤ 2 GB |"));
        text.AppendLine(Report.F($"| compared pairs | {compared:N0} ({compared / clock.TotalSeconds:N0} per second on {Environment.ProcessorCount} cores, whole run) | |"));
        text.AppendLine(Report.F($"| pairwise quality at the shipped threshold | P {shipped.Precision:F4}, R {shipped.Recall:F4}, F1 {shipped.F1:F4} | P ≥ 0.98 and R ≥ 0.98 |"));
        text.AppendLine(Report.F($"| pairwise quality of `match` + `possible` (0.1, or 10 bits of evidence) | P {possible.Precision:F4}, R {possible.Recall:F4} ({queue:N0} pairs `possible`) | R ≥ 0.97 |"));
        text.AppendLine(Report.F($"| best F1 over thresholds | {best.F1:F4} (P {best.Precision:F4}, R {best.Recall:F4} at {threshold:F3}) | |"));
        text.AppendLine(Report.F($"| ceiling: the best recall at P ≥ 0.98 of any classifier of the comparison vectors, found with the truth (see the synthetic section) | R {ceiling:F4} ({ceilingKept:N0} of {truth:N0} true pairs) | |"));
        text.AppendLine(Report.F($"| scoring speed, one thread (compare + weigh, 2,000,000 candidate pairs of a 100,000-record registry, best of three passes, first in the run) | {perCore.Wall:N0} pairs/s by the wall clock, {perCore.Cpu:N0} per second of processor time | ≥ 500,000 |"));
        text.AppendLine(Report.F($"| search, {search.Queries.Count:N0} queries (name + birth date of one registration; hit = another registration of the person in the top 10) | p50 {search.P50:F2} ms, p99 {search.P99:F2} ms, mean {search.Mean:F2} ms; recall@10 {search.Recall:F4} | p50 ≤ 2 ms, p99 ≤ 10 ms |"));
        text.AppendLine(Report.F($"| search index: build time, managed memory of records + keys + blocks | {search.Build.TotalSeconds:F1} s, {search.MemoryBytes / 1048576.0:N0} MiB | ≤ 1.5 GB |"));
        text.AppendLine();
        text.AppendLine(Report.F($"Stages of the {size:N0}-record dedup run (stderr of `passage match dedup`): {stages}"));
        text.AppendLine();
        text.Append(baselines);
        Report.Set("60-speed", text.ToString());
    }

    public static void WriteCsv(List<SyntheticRecord> records, string path)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.WriteLine("id,name,birth,father,sex");
        foreach (var r in records.Select(g => g.Record))
        {
            writer.WriteLine(string.Join(',', r.Id, Quote(r.Name), r.Birth?.ToString() ?? string.Empty, Quote(r.Father), r.Sex switch
            {
                Passage.Matching.Comparison.Sex.Male => "M",
                Passage.Matching.Comparison.Sex.Female => "F",
                _ => string.Empty,
            }));
        }
    }

    private static string Quote(string? s) => s is null ? string.Empty : s.Contains(',', StringComparison.Ordinal) ? $"\"{s}\"" : s;

    private static long TruePairCount(List<SyntheticRecord> records) =>
        records.GroupBy(r => r.Person).Sum(g => (long)g.Count() * (g.Count() - 1) / 2);

    /// <summary>Pairs scored per second by one thread: by the wall clock, and per second of processor time (fair on a shared machine).</summary>
    private static (double Wall, double Cpu) PairsPerCore(List<SyntheticRecord> generated)
    {
        var records = generated.Take(100_000).AsParallel().AsOrdered().Select(g => PreparedRecord.From(g.Record)).ToArray();
        var index = BlockIndex.Build(records, Matcher.DefaultCap);
        var model = Matcher.Train(records, FieldSchema.For(records, []), index);
        var pairs = new List<(int, int)>();
        for (var i = 0; i < records.Length && pairs.Count < 2_000_000; i++)
        {
            index.PairsOf(i, (a, b) => pairs.Add((a, b)));
        }

        var sink = 0.0;
        foreach (var (a, b) in pairs.Take(200_000))
        {
            sink += model.LogOdds(records[a], records[b]);
        }

        // The best of three passes, as benchmark harnesses report: the slower passes measure the other work on the machine.
        var (wall, cpuRate) = (0.0, 0.0);
        for (var pass = 0; pass < 3; pass++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            foreach (var (a, b) in pairs)
            {
                sink += model.LogOdds(records[a], records[b]);
            }

            clock.Stop();
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            wall = Math.Max(wall, pairs.Count / clock.Elapsed.TotalSeconds);
            cpuRate = Math.Max(cpuRate, pairs.Count / cpuSeconds);
        }

        GC.KeepAlive(sink);
        return (wall, cpuRate);
    }

    /// <summary>Prints the one-thread scoring speed only.</summary>
    public static void PerCoreOnly()
    {
        var (wall, cpu) = PairsPerCore(SyntheticRegistry.Generate(100_000, 20_260_101));
        Console.WriteLine(Report.F($"per core: {wall:N0} pairs/s by the wall clock, {cpu:N0} per second of processor time"));
    }

    /// <summary>Prints the search figures only (index over <paramref name="size"/> records, <paramref name="queries"/> queries).</summary>
    public static void SearchOnly(int size, int queries)
    {
        var search = Search(SyntheticRegistry.Generate(size, 20_260_101), queries);
        Console.WriteLine(Report.F($"search: p50 {search.P50:F2} ms, p99 {search.P99:F2} ms, mean {search.Mean:F2} ms; recall@10 {search.Recall:F4}; build {search.Build.TotalSeconds:F1} s, {search.MemoryBytes / 1048576.0:N0} MiB"));
    }

    private sealed record SearchFigures(List<Query> Queries, double P50, double P99, double Mean, double Recall, TimeSpan Build, long MemoryBytes);

    private static SearchFigures Search(List<SyntheticRecord> generated, int count)
    {
        GC.Collect();
        var before = GC.GetTotalMemory(true);
        var clock = Stopwatch.StartNew();
        var records = generated.AsParallel().AsOrdered().Select(g => PreparedRecord.From(g.Record)).ToArray();
        var index = SearchIndex.Build(records, ModelParameters.Default.ToModel());
        clock.Stop();
        var memory = GC.GetTotalMemory(true) - before;

        var byPerson = generated.Select((g, i) => (g.Person, i)).GroupBy(x => x.Person).Where(g => g.Count() > 1)
            .ToDictionary(g => g.Key, g => g.Select(x => x.i).ToArray());
        var random = new Random(5);
        var people = byPerson.Keys.OrderBy(_ => random.Next()).Take(count).ToArray();
        var queries = people.Select(p =>
        {
            var members = byPerson[p];
            var chosen = members[random.Next(members.Length)];
            var record = generated[chosen].Record;
            return new Query(chosen, new PersonRecord("q", Name: record.Name, Birth: record.Birth), [.. members.Where(m => m != chosen)]);
        }).ToList();

        foreach (var q in queries.Take(50))
        {
            index.Search(PreparedRecord.From(q.Person), 11);
        }

        var times = new List<double>();
        var found = 0;
        foreach (var q in queries)
        {
            var start = Stopwatch.GetTimestamp();
            var hits = index.Search(PreparedRecord.From(q.Person), 11);
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            found += hits.Where(h => h.Record != q.Record).Take(10).Any(h => q.Others.Contains(h.Record)) ? 1 : 0;
        }

        times.Sort();
        return new SearchFigures(queries, Percentile(times, 0.5), Percentile(times, 0.99), times.Average(), (double)found / queries.Count, clock.Elapsed, memory);
    }

    public static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
