using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passage.Core.Accounts;
using Passage.Core.Storage;
using Passage.Testing;
using Passage.Web.Hosting;

namespace Passage.Bench;

/// <summary>
/// The web application on a real loopback port (Kestrel) with a filled registry, loaded from outside by wrk with a
/// registration officer's sign-in cookie: the registry list, a name search, a person's page and a case's page, and
/// <c>/health</c> as the ceiling of the machine, each at 50 and 200 connections.
/// </summary>
internal static class LoadBenchmark
{
    public static readonly IReadOnlyList<int> Connections = [50, 200];

    /// <summary>How long each page is loaded, unmeasured, before its measurement.</summary>
    public static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(5);

    /// <summary>The per-user listing limit, raised so that one cookie can stand for a full office.</summary>
    private const string Unlimited = "100000000";

    public sealed record Result(DatabaseProvider Provider, string Page, int Connections, Wrk.Totals Totals, double ProcessorMsPerRequest, string LoadAverage)
    {
        public double RequestsPerSecond => Totals.Requests / Totals.Seconds;
    }

    public static async Task<IReadOnlyList<Result>> RunAsync(DatabaseProvider provider, int persons, TimeSpan duration, TextWriter progress, CancellationToken ct)
    {
        using var database = TestDatabase.Create(provider);
        var port = FreePort();
        await using var host = new BenchHost(database.ConnectionString, new Dictionary<string, string>
        {
            [$"{RateLimitingSetup.Section}:Burst"] = Unlimited,
            [$"{RateLimitingSetup.Section}:PerMinute"] = Unlimited,
        });
        host.UseKestrel(port);
        host.StartServer();

        var demo = await BenchRegistry.FillAsync(host, provider, persons, progress, ct);
        var (_, names, _) = await BenchRegistry.SampleAsync(host, ct);
        var (personIds, caseIds) = await IdsAsync(host, ct);
        var server = new Uri($"http://127.0.0.1:{port}");
        var cookies = new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false };
        using var browser = new HttpClient(handler) { BaseAddress = server };
        await BenchBrowser.SignInAsync(browser, demo.Accounts.First(a => a.Roles.Contains(Roles.Registration) && !a.IsSupervisor));
        var cookie = cookies.GetCookieHeader(server);

        var random = new Random(7);
        var listPages = Math.Max(persons / 50, 1);
        var pages = new (string Name, IReadOnlyList<string> Paths)[]
        {
            ("/health", ["/health"]),
            ("registry list, any page", Enumerable.Range(0, 500).Select(_ => $"/Persons?page={random.Next(1, listPages + 1)}").ToList()),
            ("name search, either script", names.Select(n => $"/Persons?Q={Uri.EscapeDataString(n)}").ToList()),
            ("person page", personIds.Select(id => $"/Persons/{id}").ToList()),
            ("case page", caseIds.Select(id => $"/Cases/{id}").ToList()),
        };
        foreach (var (_, paths) in pages)
        {
            await CheckAsync(browser, paths[0], ct);
        }

        var results = new List<Result>();
        foreach (var connections in Connections)
        {
            foreach (var (name, paths) in pages)
            {
                // Unmeasured first: the runtime compiles a page's code again, optimised, after its first thousands of
                // calls, and a server that has run for a day has long done so.
                await Wrk.RunAsync(server, cookie, paths, connections, WarmUp, ct);
                var load = LatencyTable.LoadAverage();
                var processor = Process.GetCurrentProcess().TotalProcessorTime;
                var totals = await Wrk.RunAsync(server, cookie, paths, connections, duration, ct);
                var used = Process.GetCurrentProcess().TotalProcessorTime - processor;
                var result = new Result(provider, name, connections, totals, used.TotalMilliseconds / Math.Max(totals.Requests, 1), load);
                results.Add(result);
                await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{provider}: {name}, {connections} connections: {result.RequestsPerSecond:F0} req/s, p50 {totals.P50Ms:F1} ms, p99 {totals.P99Ms:F1} ms, {totals.Errors} errors, {totals.Timeouts} timeouts, {result.ProcessorMsPerRequest:F2} ms processor/request (load {load})"));
            }
        }

        return results;
    }

    private static async Task<(List<Guid> Persons, List<Guid> Cases)> IdsAsync(BenchHost host, CancellationToken ct)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PassageDbContext>();
        var persons = await db.Persons.OrderBy(p => p.Id).Select(p => p.Id).Take(500).ToListAsync(ct);
        var cases = await db.Cases.OrderBy(c => c.Id).Select(c => c.Id).Take(500).ToListAsync(ct);
        return (persons, cases);
    }

    /// <summary>Fails unless the signed-in page answers 200 (a redirect would mean the cookie was not accepted).</summary>
    private static async Task CheckAsync(HttpClient browser, string path, CancellationToken ct)
    {
        using var response = await browser.GetAsync(new Uri(path, UriKind.Relative), ct);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{path} answered {(int)response.StatusCode} before the load");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
