using System.Globalization;
using System.Text;
using Passage.Testing;

namespace Passage.Bench;

/// <summary>The p50 and p95 of each scenario on both databases, as a Markdown table, and the worst p95 against a target.</summary>
internal static class LatencyTable
{
    public static void Append(StringBuilder text, IReadOnlyList<ScenarioResult> results, double targetMs)
    {
        var inv = CultureInfo.InvariantCulture;
        text.AppendLine("| scenario | SQLite p50 | SQLite p95 | PostgreSQL p50 | PostgreSQL p95 |");
        text.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var scenario in results.Select(r => r.Scenario).Distinct())
        {
            var sqlite = results.Single(r => r.Scenario == scenario && r.Provider == DatabaseProvider.Sqlite);
            var pg = results.Single(r => r.Scenario == scenario && r.Provider == DatabaseProvider.Postgres);
            text.AppendLine(inv, $"| {scenario} | {sqlite.Percentile(50):F1} ms | {sqlite.Percentile(95):F1} ms | {pg.Percentile(50):F1} ms | {pg.Percentile(95):F1} ms |");
        }

        var worst = results.Max(r => r.Percentile(95));
        text.AppendLine();
        text.AppendLine(inv, $"Worst p95: {worst:F1} ms — target {(worst <= targetMs ? "met" : "NOT met")}.");
    }

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
