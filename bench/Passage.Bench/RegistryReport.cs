using System.Globalization;
using System.Text;

namespace Passage.Bench;

/// <summary>Writes the registry figures as a Markdown section of bench/RESULTS.md, replacing the previous run's.</summary>
internal static class RegistryReport
{
    private const string Begin = "<!-- registry:begin -->";
    private const string End = "<!-- registry:end -->";

    public static string Render(IReadOnlyList<ScenarioResult> results, int persons, int requests)
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.AppendLine(Begin);
        text.AppendLine("## Registry pages");
        text.AppendLine();
        text.AppendLine("Command: `dotnet run -c Release --project bench/Passage.Bench -- registry` (defaults: `--persons 100000 --requests 200`).");
        text.AppendLine(inv, $"Run on {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Machine.Describe()}.");
        text.AppendLine();
        text.AppendLine(inv, $"The demo generator fills {persons:N0} fictitious residents; a registration officer, signed in, requests each page {requests} times after 10 warm-up requests, through the whole ASP.NET Core pipeline in process (authorisation, use case, database, audit entry, HTML rendering). Pages of 50. Target: p95 under 100 ms on either database.");
        text.AppendLine();
        LatencyTable.Append(text, results, 100);
        text.AppendLine(End);
        return text.ToString();
    }

    public static void WriteSection(FileInfo file, string section) => ResultsFile.WriteSection(file, section, Begin, End);
}
