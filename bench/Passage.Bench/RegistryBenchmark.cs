using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passage.Core.Cases;
using Passage.Core.Demo;
using Passage.Core.Registry;
using Passage.Core.Registry.Matching;
using Passage.Core.Storage;
using Passage.Testing;

namespace Passage.Bench;

/// <summary>
/// Fills a registry with the demo generator, signs in as a registration officer and times the registry pages
/// through the whole web pipeline (routing, authorisation, use case, database, audit, rendering).
/// </summary>
internal static class RegistryBenchmark
{
    public static async Task<IReadOnlyList<ScenarioResult>> RunAsync(DatabaseProvider provider, int persons, int requests, TextWriter progress, CancellationToken ct)
    {
        using var database = TestDatabase.Create(provider);
        await using var host = new BenchHost(database.ConnectionString);
        _ = host.Server;

        var demo = await BenchRegistry.FillAsync(host, provider, persons, progress, ct);
        var (surnames, names, numbers) = await BenchRegistry.SampleAsync(host, ct);
        var browser = await BenchBrowser.SignInAsync(host, demo.Accounts.First(a => a.Roles.Contains(Passage.Core.Accounts.Roles.Registration) && !a.IsSupervisor));
        var random = new Random(7);
        var pages = Math.Max(persons / 50, 1);
        string[] blocks = ["A", "B", "C", "D", "E", "F", "G", "H"];
        var scenarios = new (string Name, Func<string> Url)[]
        {
            ("list, any page", () => $"/Persons?page={random.Next(1, pages + 1)}"),
            ("list, filtered by sex and block", () => $"/Persons?Sex={(random.Next(2) == 0 ? "Female" : "Male")}&Block={blocks[random.Next(blocks.Length)]}&page={random.Next(1, 4)}"),
            ("list, filtered by status", () => $"/Persons?Status={CaseStatus.Registered}&page={random.Next(1, 20)}"),
            ("list, filtered by specific need", () => $"/Persons?Need=SM&page={random.Next(1, 5)}"),
            ("list, filtered by age band", () => $"/Persons?Age={AgeBand.Over59}&page={random.Next(1, 5)}"),
            ("search, surname prefix", () => $"/Persons?Q={Uri.EscapeDataString(Prefix(surnames[random.Next(surnames.Count)], random))}"),
            ("search, full name in either script (fuzzy, ranked)", () => $"/Persons?Q={Uri.EscapeDataString(names[random.Next(names.Count)])}"),
            ("search, registration number", () => $"/Persons?Q={numbers[random.Next(numbers.Count)]}"),
        };

        var results = new List<ScenarioResult>();
        foreach (var (name, url) in scenarios)
        {
            results.Add(await BenchBrowser.TimeAsync(provider, name, browser, url, requests, progress, ct));
        }

        return results;
    }

    private static string Prefix(string name, Random random) => name.Length <= 4 ? name : name[..random.Next(4, name.Length + 1)];
}
