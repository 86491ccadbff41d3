using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Demo;
using Passage.Core.Storage;
using Passage.Testing;

namespace Passage.Bench;

/// <summary>
/// Fills a registry with the demo generator (residents, cases at every stage, referrals, movements, walk-outs) and the
/// audit log with a million chained entries, then times the dashboard and the public report through the whole web
/// pipeline, as a viewer (the whole camp) and as a country delegate (one country).
/// </summary>
internal static class DashboardBenchmark
{
    public static async Task<IReadOnlyList<ScenarioResult>> RunAsync(
        DatabaseProvider provider, int persons, int auditEntries, int requests, TextWriter progress, CancellationToken ct)
    {
        using var database = TestDatabase.Create(provider);
        await using var host = new BenchHost(database.ConnectionString);
        _ = host.Server;

        var seeding = Stopwatch.StartNew();
        DemoResult demo;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            demo = await DemoOperation.SeedAsync(scope.ServiceProvider, persons, DemoOperation.DefaultSeed,
                new Progress<int>(n => progress.Write(string.Create(CultureInfo.InvariantCulture, $"\r{provider}: {n}/{persons} residents written"))), ct);
            var db = scope.ServiceProvider.GetRequiredService<PassageDbContext>();
            var head = await db.AuditChainHeads.AsNoTracking().SingleAsync(h => h.Id == AuditChainHead.TheOne, ct);
            await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"\r{provider}: {demo.Persons} residents in {demo.Cases} cases written in {seeding.Elapsed.TotalSeconds:F0} s"));
            var filling = Stopwatch.StartNew();
            await AuditBenchmark.AppendAsync(provider, database.ConnectionString, AuditBenchmark.Chain(auditEntries, head.Sequence, head.Hash), ct);
            await db.Database.ExecuteSqlRawAsync("ANALYZE", ct);
            await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{provider}: {auditEntries:N0} audit entries chained after #{head.Sequence} in {filling.Elapsed.TotalSeconds:F0} s"));
        }

        var viewer = await BenchBrowser.SignInAsync(host, demo.Accounts.First(a => a.Roles.Contains(Roles.Viewer)));
        var delegated = await BenchBrowser.SignInAsync(host, demo.Accounts.First(a => a.Roles.Contains(Roles.CountryDelegate)));
        var scenarios = new (string Name, HttpClient Browser, string Url)[]
        {
            ("dashboard, whole camp (viewer)", viewer, "/Dashboard"),
            ("dashboard, one country (country delegate)", delegated, "/Dashboard"),
            ("public report, page", viewer, "/Reports/Public"),
            ("public report, PDF", viewer, "/Reports/Public?format=pdf"),
        };

        var results = new List<ScenarioResult>();
        foreach (var (name, browser, url) in scenarios)
        {
            results.Add(await BenchBrowser.TimeAsync(provider, name, browser, () => url, requests, progress, ct));
        }

        return results;
    }

    private const string Begin = "<!-- dashboard:begin -->";
    private const string End = "<!-- dashboard:end -->";

    public static void Write(FileInfo file, IReadOnlyList<ScenarioResult> results, int persons, int auditEntries, int requests)
    {
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(Begin);
        text.AppendLine("## Dashboard and public report");
        text.AppendLine();
        text.AppendLine("Command: `dotnet run -c Release --project bench/Passage.Bench -- dashboard` (defaults: `--persons 100000 --entries 1000000 --requests 200`).");
        text.AppendLine(inv, $"Run on {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Machine.Describe()}, load average (1 / 5 / 15 min) {LatencyTable.LoadAverage()} at the end.");
        text.AppendLine();
        text.AppendLine(inv, $"The demo generator fills {persons:N0} fictitious residents in family cases at every stage (referrals, pledges, movements, departures, walk-outs, returns) and {auditEntries:N0} chained audit entries are added in bulk; a viewer (the whole camp) and a country delegate (their country only), signed in, request each page {requests} times after {BenchBrowser.WarmUp} warm-up requests, through the whole ASP.NET Core pipeline in process (authorisation, figures counted by the database, audit entry, charts drawn on the server, HTML or PDF). Target: p95 ≤ 200 ms per page on either database.");
        text.AppendLine();
        LatencyTable.Append(text, results, 200);
        text.AppendLine(End);
        Console.WriteLine(text);
        ResultsFile.WriteSection(file, text.ToString(), Begin, End);
    }
}
