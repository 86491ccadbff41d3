using System.Globalization;
using System.Text;
using Passage.Testing;

namespace Passage.Bench;

/// <summary>
/// The load figures as a Markdown section of bench/RESULTS.md. A run is written as one part of the section (by default
/// <c>latest</c>); the other parts already there (an earlier run kept for comparison) stay beside it.
/// </summary>
internal static class LoadReport
{
    private const string Begin = "<!-- load:begin -->";
    private const string End = "<!-- load:end -->";

    public static void Write(FileInfo file, string part, string title, IReadOnlyList<LoadBenchmark.Result> results, int persons, TimeSpan duration)
    {
        var inv = CultureInfo.InvariantCulture;
        var run = new StringBuilder();
        run.AppendLine(inv, $"<!-- load:part:{part} -->");
        run.AppendLine(inv, $"### {title}");
        run.AppendLine();
        run.AppendLine(inv, $"Run on {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC (commit {Commit()}), {Machine.Describe()}; load average (1 / 5 / 15 min) at the start of each measurement in the last column.");
        run.AppendLine();
        run.AppendLine("| database | connections | page | requests/s | p50 | p99 | errors | timeouts | ratio to /health | web process CPU per request | load average |");
        run.AppendLine("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var r in results)
        {
            var health = results.Single(h => h.Provider == r.Provider && h.Connections == r.Connections && h.Page == "/health");
            run.AppendLine(inv, $"| {Name(r.Provider)} | {r.Connections} | {r.Page} | {r.RequestsPerSecond:F0} | {r.Totals.P50Ms:F1} ms | {r.Totals.P99Ms:F1} ms | {r.Totals.Errors} | {r.Totals.Timeouts} | {r.RequestsPerSecond / health.RequestsPerSecond:P1} | {r.ProcessorMsPerRequest:F2} ms | {r.LoadAverage} |");
        }

        run.AppendLine();
        var pages = results.Where(r => r.Page != "/health").ToList();
        var fast = pages.Where(r => r.Connections == 50).All(r => r.RequestsPerSecond >= 500 && r.Totals.P99Ms <= 200);
        var clean = pages.Where(r => r.Connections == 200).All(r => r.Totals.Requests > 0 && r.Totals.Errors == 0 && r.Totals.Timeouts == 0);
        run.AppendLine(inv, $"Targets: ≥ 500 requests/s with p99 ≤ 200 ms on every page at 50 connections — {(fast ? "met" : "NOT met")}; 0 errors and timeouts at 200 connections — {(clean ? "met" : "NOT met")}.");
        run.AppendLine(inv, $"<!-- load:part:{part}:end -->");

        var existing = file.Exists ? File.ReadAllText(file.FullName) : "";
        var parts = Parts(existing);
        parts[part] = run.ToString().TrimEnd();
        var text = new StringBuilder();
        text.AppendLine(Begin);
        text.AppendLine("## Speed under load");
        text.AppendLine();
        text.AppendLine("Command: `dotnet run -c Release --project bench/Passage.Bench -- load` (defaults: `--persons 100000 --seconds 15`; needs wrk: `apt-get install wrk`).");
        text.AppendLine();
        text.AppendLine(inv, $"The demo generator fills {persons:N0} fictitious residents; the web application listens on a loopback port (Kestrel, in the benchmark's process, Production settings, the per-user listing limit raised so one cookie stands for a full office). wrk loads it from outside with one signed-in registration officer's cookie for {duration.TotalSeconds:F0} s per page at 50 and at 200 connections, each after {LoadBenchmark.WarmUp.TotalSeconds:F0} s of the same load unmeasured (2 threads, a request unanswered after {Wrk.TimeoutSeconds} s counts as a timeout): the registry list at a random page of 50, a name search (a full name in Latin or Arabic script, ranked), a person's page and a case's page (500 of each, picked at random), and `/health` as the ceiling of the machine, measured in the same run. Errors are refused connections, broken reads or writes and answers of 400 or more; a page with no answer at all in the whole run fails the target whatever wrk counted. Processor time is the web process's (not wrk's, nor PostgreSQL's) divided by the requests answered. Every page read is audited.");
        text.AppendLine();
        foreach (var (_, body) in parts.OrderBy(p => p.Key == "latest" ? 1 : 0))
        {
            text.AppendLine(body);
            text.AppendLine();
        }

        text.AppendLine(End);
        Console.WriteLine(text);
        ResultsFile.WriteSection(file, text.ToString(), Begin, End);
    }

    private static Dictionary<string, string> Parts(string existing)
    {
        var parts = new Dictionary<string, string>(StringComparer.Ordinal);
        var at = 0;
        while ((at = existing.IndexOf("<!-- load:part:", at, StringComparison.Ordinal)) >= 0)
        {
            var nameEnd = existing.IndexOf(" -->", at, StringComparison.Ordinal);
            var name = existing[(at + "<!-- load:part:".Length)..nameEnd];
            var close = $"<!-- load:part:{name}:end -->";
            var stop = existing.IndexOf(close, at, StringComparison.Ordinal);
            if (name.EndsWith(":end", StringComparison.Ordinal) || stop < 0)
            {
                at = nameEnd;
                continue;
            }

            parts[name] = existing[at..(stop + close.Length)];
            at = stop + close.Length;
        }

        return parts;
    }

    private static string Name(DatabaseProvider provider) => provider == DatabaseProvider.Sqlite ? "SQLite" : "PostgreSQL";

    private static string Commit()
    {
        try
        {
            using var git = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("git", "rev-parse --short HEAD") { RedirectStandardOutput = true, UseShellExecute = false });
            var commit = git!.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return commit.Length > 0 ? commit : "unknown";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }
}
