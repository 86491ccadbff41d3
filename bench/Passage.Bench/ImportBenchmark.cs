using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Testing;

namespace Passage.Bench;

/// <summary>
/// Times <c>passage import persons FILE</c> of a generated file on a fresh SQLite and PostgreSQL database, as the command
/// runs it (a process of its own, timed from its first line about the file to its exit), optionally a second build of
/// the command beside it (the baseline), and <c>passage demo --persons N</c> on the same databases for comparison.
/// After each import it counts the audit entries per person and verifies the chain.
/// </summary>
internal static partial class ImportBenchmark
{
    public sealed record Run(
        string Build, string Command, DatabaseProvider Provider, int Persons, TimeSpan Whole, TimeSpan Timed, TimeSpan Cpu,
        double? EntriesPerPerson, bool? ChainIntact, IReadOnlyList<string> Progress);

    public static async Task<IReadOnlyList<Run>> RunAsync(
        int persons, FileInfo passage, FileInfo? baseline, TextWriter log, CancellationToken ct)
    {
        var folder = Directory.CreateTempSubdirectory("passage-import-bench-").FullName;
        try
        {
            var file = Path.Combine(folder, "persons.csv");
            await ImportFileMaker.WriteAsync(file, persons, DateOnly.FromDateTime(DateTime.UtcNow), ct);
            await log.WriteLineAsync($"{persons:N0} rows written to the import file ({new FileInfo(file).Length / 1024.0 / 1024.0:F1} MiB)");
            var runs = new List<Run>();
            foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
            {
                var builds = baseline is null ? [("this branch", passage)] : new[] { ("this branch", passage), ("baseline", baseline) };
                foreach (var (build, dll) in builds)
                {
                    runs.Add(await ImportAsync(build, dll, provider, file, persons, log, ct));
                }

                runs.Add(await DemoAsync(passage, provider, persons, log, ct));
            }

            return runs;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<Run> ImportAsync(string build, FileInfo dll, DatabaseProvider provider, string file, int persons, TextWriter log, CancellationToken ct)
    {
        using var database = TestDatabase.Create(provider);
        var (whole, timed, cpu, lines, _) = await PassageAsync(dll, database, ["import", "persons", file], "Reading ", log, ct);
        await using var db = database.CreateContext();
        var imported = await db.Persons.CountAsync(ct);
        if (imported != persons)
        {
            throw new InvalidOperationException($"{build} on {provider}: {imported} persons imported, {persons} expected.\n{string.Join('\n', lines)}");
        }

        var entries = await db.AuditEntries.CountAsync(a => a.EntityType == "Person" && a.Action == AuditAction.Created, ct);
        database.Actor.Set("bench", "bench", null, [Roles.Auditor]);
        var verified = await new VerifyAuditChain(db, database.Actor, database.Clock).ExecuteAsync("bench", null, null, ct);
        var run = new Run(build, "import", provider, persons, whole, timed, cpu, (double)entries / persons, verified.Value.Intact, lines);
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{provider}, {build}: {persons:N0} rows imported in {timed.TotalSeconds:F1} s ({persons / timed.TotalSeconds:N0} rows/s), processor {cpu.TotalSeconds:F1} s, chain {(run.ChainIntact == true ? "intact" : "BROKEN")}"));
        return run;
    }

    private static async Task<Run> DemoAsync(FileInfo dll, DatabaseProvider provider, int persons, TextWriter log, CancellationToken ct)
    {
        using var database = TestDatabase.Create(provider);
        var (whole, _, cpu, lines, output) = await PassageAsync(dll, database, ["demo", "--persons", persons.ToString(CultureInfo.InvariantCulture)], null, log, ct);
        var written = WrittenIn().Match(output);
        var seconds = written.Success ? double.Parse(written.Groups[1].Value, CultureInfo.InvariantCulture) : whole.TotalSeconds;
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{provider}, demo: {persons:N0} residents in {seconds:F1} s ({persons / seconds:N0} persons/s)"));
        return new Run("this branch", "demo", provider, persons, whole, TimeSpan.FromSeconds(seconds), cpu, null, null, lines);
    }

    /// <summary>
    /// Runs the command on the database as a process of its own; the time from its first error line holding
    /// <paramref name="startMarker"/> (or from its start) to its exit, and its processor time, sampled while it runs.
    /// </summary>
    private static async Task<(TimeSpan Whole, TimeSpan Timed, TimeSpan Cpu, List<string> Lines, string Output)> PassageAsync(
        FileInfo dll, TestDatabase database, string[] args, string? startMarker, TextWriter log, CancellationToken ct)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(dll.FullName);
        foreach (var argument in args.Concat(["--database", database.ConnectionString]))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["Passage__FieldEncryption__KeysFolder"] = database.FieldKeysFolder;
        var whole = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var lines = new List<string>();
        var timed = startMarker is null ? Stopwatch.StartNew() : null;
        var cpu = TimeSpan.Zero;
        using var sampling = new Timer(_ =>
        {
            try
            {
                cpu = process.TotalProcessorTime;
            }
            catch (InvalidOperationException)
            {
                // Exited between two samples.
            }
        }, null, TimeSpan.Zero, TimeSpan.FromMilliseconds(100));
        while (await process.StandardError.ReadLineAsync(ct) is { } line)
        {
            timed ??= startMarker is not null && line.StartsWith(startMarker, StringComparison.Ordinal) ? Stopwatch.StartNew() : null;
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{whole.Elapsed.TotalSeconds,6:F1} s (processor {cpu.TotalSeconds,5:F1} s)  {line}"));
            await log.WriteLineAsync(lines[^1]);
        }

        await process.WaitForExitAsync(ct);
        whole.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"passage {string.Join(' ', args)} exited with {process.ExitCode}:\n{string.Join('\n', lines)}");
        }

        return (whole.Elapsed, timed?.Elapsed ?? whole.Elapsed, cpu, lines, await output);
    }

    [GeneratedRegex(@"written in ([0-9.]+) s")]
    private static partial Regex WrittenIn();

    private const string Begin = "<!-- import:begin -->";
    private const string End = "<!-- import:end -->";

    private const string BeforeBegin = "<!-- import:before -->";
    private const string BeforeEnd = "<!-- import:before:end -->";

    /// <summary>The earlier figures kept in the section for comparison (between their own markers), which a run keeps.</summary>
    private static string? Before(FileInfo file)
    {
        var existing = file.Exists ? File.ReadAllText(file.FullName) : "";
        var start = existing.IndexOf(BeforeBegin, StringComparison.Ordinal);
        var stop = existing.IndexOf(BeforeEnd, StringComparison.Ordinal);
        return start >= 0 && stop > start ? existing[start..(stop + BeforeEnd.Length)] : null;
    }

    public static void Write(FileInfo file, IReadOnlyList<Run> runs, string loadAtStart)
    {
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(Begin);
        text.AppendLine("## Bulk import of persons");
        text.AppendLine();
        text.AppendLine(inv, $"Command: `dotnet run -c Release --project bench/Passage.Bench -- import` (defaults: `--persons 60000`; `--baseline PATH` also times another build's `passage.dll`).");
        text.AppendLine(inv, $"Run on {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Machine.Describe()}, load average (1 / 5 / 15 min) {loadAtStart} at the start and {LatencyTable.LoadAverage()} at the end.");
        text.AppendLine();
        text.AppendLine("A CSV file of fictitious residents planned by the demo generator (Persian names in Latin letters and Arabic script, aliases, specific needs; the members of a family share a family key) is imported by `passage import persons FILE`, run as its own process on a fresh database; rows/s counts from the command's first line about the file (parsing and checking every row included) to its exit. Processor time is the command's own (sampled every 0.1 s), not the database server's. The demo generator (`passage demo --persons N`, which writes more per resident: case histories, referrals, movements, but audits the whole seeding in one entry) is timed by its own figure. Target: ≥ 5,000 rows/s on both databases, all or nothing, one audit entry per person and field group, the chain intact.");
        text.AppendLine();
        text.AppendLine("| database | build | command | rows | time | rows/s | processor time | whole process | Person audit entries per person | chain |");
        text.AppendLine("|---|---|---|---:|---:|---:|---:|---:|---:|---|");
        foreach (var run in runs)
        {
            var name = run.Provider == DatabaseProvider.Sqlite ? "SQLite" : "PostgreSQL";
            var command = run.Command == "import" ? "`import persons`" : "`demo --persons`";
            var entries = run.EntriesPerPerson is { } e ? e.ToString("F2", inv) : "—";
            var chain = run.ChainIntact switch { true => "verifies", false => "BROKEN", null => "—" };
            text.AppendLine(inv,
                $"| {name} | {run.Build} | {command} | {run.Persons:N0} | {run.Timed.TotalSeconds:F1} s | {run.Persons / run.Timed.TotalSeconds:N0} | {run.Cpu.TotalSeconds:F1} s | {run.Whole.TotalSeconds:F1} s | {entries} | {chain} |");
        }

        var ours = runs.Where(r => r is { Command: "import", Build: "this branch" }).ToList();
        var slowest = ours.Min(r => r.Persons / r.Timed.TotalSeconds);
        text.AppendLine();
        text.AppendLine(inv, $"Slowest import: {slowest:N0} rows/s — target {(slowest >= 5000 && ours.All(r => r.ChainIntact == true) ? "met" : "NOT met")}.");
        text.AppendLine();
        text.AppendLine("Progress the command printed (SQLite, this branch):");
        text.AppendLine();
        text.AppendLine("```");
        foreach (var line in ours.First(r => r.Provider == DatabaseProvider.Sqlite).Progress)
        {
            text.AppendLine(line);
        }

        text.AppendLine("```");
        if (Before(file) is { } before)
        {
            text.AppendLine();
            text.AppendLine(before);
        }

        text.AppendLine(End);
        Console.WriteLine(text);
        ResultsFile.WriteSection(file, text.ToString(), Begin, End);
    }
}
