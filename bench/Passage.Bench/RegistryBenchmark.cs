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

        var seeding = Stopwatch.StartNew();
        DemoResult demo;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            demo = await DemoOperation.SeedAsync(scope.ServiceProvider, persons, DemoOperation.DefaultSeed,
                new Progress<int>(n => progress.Write(string.Create(CultureInfo.InvariantCulture, $"\r{provider}: {n}/{persons} residents written"))), ct);
            var db = scope.ServiceProvider.GetRequiredService<PassageDbContext>();
            await db.Database.ExecuteSqlRawAsync("ANALYZE", ct);
            var indexing = Stopwatch.StartNew();
            await host.Services.GetRequiredService<RegistryIndex>().RebuildAsync(db, ct);
            await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"\r{provider}: matching index of the registry built in {indexing.Elapsed.TotalSeconds:F1} s"));
        }

        await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"\r{provider}: {demo.Persons} residents in {demo.Cases} cases written in {seeding.Elapsed.TotalSeconds:F0} s"));
        var (surnames, names, numbers) = await SampleAsync(host, ct);
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

    private static async Task<(List<string> Surnames, List<string> Names, List<string> Numbers)> SampleAsync(BenchHost host, CancellationToken ct)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PassageDbContext>();
        var surnames = await db.Persons.Select(p => p.FamilyName).Distinct().OrderBy(n => n).Take(500).ToListAsync(ct);
        surnames.AddRange(await db.Persons.Where(p => p.FamilyNameArabic != null).Select(p => p.FamilyNameArabic!).Distinct().OrderBy(n => n).Take(100).ToListAsync(ct));
        var sample = await db.Persons.OrderBy(p => p.Id).Take(500)
            .Select(p => new { p.RegistrationNumber, p.GivenName, p.FamilyName, p.GivenNameArabic, p.FamilyNameArabic }).ToListAsync(ct);
        var names = sample.Select(p => $"{p.GivenName} {p.FamilyName}")
            .Concat(sample.Where(p => p.FamilyNameArabic != null).Select(p => $"{p.GivenNameArabic} {p.FamilyNameArabic}")).ToList();
        return (surnames, names, sample.Select(p => p.RegistrationNumber).ToList());
    }
}
