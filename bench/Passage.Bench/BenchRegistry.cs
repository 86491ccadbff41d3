using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passage.Core.Demo;
using Passage.Core.Registry.Matching;
using Passage.Core.Storage;
using Passage.Testing;

namespace Passage.Bench;

/// <summary>A registry filled by the demo generator, its statistics gathered and its matching index built, as a benchmark starts.</summary>
internal static class BenchRegistry
{
    public static async Task<DemoResult> FillAsync(BenchHost host, DatabaseProvider provider, int persons, TextWriter progress, CancellationToken ct)
    {
        var seeding = Stopwatch.StartNew();
        DemoResult demo;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            demo = await DemoOperation.SeedAsync(scope.ServiceProvider, persons, DemoOperation.DefaultSeed,
                new Progress<int>(n => progress.Write(string.Create(CultureInfo.InvariantCulture, $"\r{provider}: {n}/{persons} residents written"))), ct);
            var db = scope.ServiceProvider.GetRequiredService<PassageDbContext>();
            // A registry in use has been vacuumed by PostgreSQL's autovacuum since its rows were written, which marks its pages
            // all-visible so that index-only scans read no table rows; a freshly filled one has not yet been.
            await db.Database.ExecuteSqlRawAsync(provider == DatabaseProvider.Postgres ? "VACUUM (ANALYZE)" : "ANALYZE", ct);
            var indexing = Stopwatch.StartNew();
            await host.Services.GetRequiredService<RegistryIndex>().RebuildAsync(db, ct);
            await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"\r{provider}: matching index of the registry built in {indexing.Elapsed.TotalSeconds:F1} s"));
        }

        await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"\r{provider}: {demo.Persons} residents in {demo.Cases} cases written in {seeding.Elapsed.TotalSeconds:F0} s"));
        return demo;
    }

    /// <summary>Surnames (both scripts), full names (both scripts) and registration numbers of the registry's first 500 persons by id.</summary>
    public static async Task<(List<string> Surnames, List<string> Names, List<string> Numbers)> SampleAsync(BenchHost host, CancellationToken ct)
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
