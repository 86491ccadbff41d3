using System.Diagnostics;
using System.Text;
using Npgsql;
using NpgsqlTypes;
using Passage.Bench.Matching.Synthetic;
using Passage.Matching.Linking;
using Passage.Matching.Records;
using Passage.Matching.Scoring;
using Passage.Testing;

namespace Passage.Bench.Matching;

/// <summary>
/// Screening a synthetic registry against a watchlist, as Passage screens its registry against imported lists
/// (<see cref="WatchlistIndex"/> with the <see cref="ListScreening"/> calibration). Ground truth is seeded: one in ten entries
/// is a registered person, made from one of their registrations (taken out of the registry, so the registry holds that person
/// only under other spellings or the other script); a third of those give the person's name as an alias beside another name.
/// The other entries are fictitious people from another draw of the same name pools, so namesakes occur as they would.
/// Beside it, the same entry names against the same registry names with PostgreSQL pg_trgm (top 10 by similarity).
/// </summary>
internal static class WatchlistBench
{
    private sealed record Entry(IReadOnlyList<PersonRecord> Records, int? Person, bool Arabic, bool ByAlias);

    public static void Run(int registrySize, int entryCount)
    {
        var random = new Random(20_261_202);
        var generated = SyntheticRegistry.Generate(registrySize, 20_260_101);
        var byPerson = generated.Select((g, i) => (g.Person, i)).GroupBy(x => x.Person).Where(g => g.Count() >= 2)
            .ToDictionary(g => g.Key, g => g.Select(x => x.i).ToArray());
        var seeded = byPerson.Keys.OrderBy(_ => random.Next()).Take(Math.Min(entryCount / 10, byPerson.Count)).ToArray();
        var strangers = SyntheticRegistry.Generate(entryCount * 2, 20_261_203).GroupBy(g => g.Person).Select(g => g.First().Record).ToList();
        var taken = new HashSet<int>();
        var entries = new List<Entry>(entryCount);
        for (var i = 0; i < seeded.Length; i++)
        {
            var index = byPerson[seeded[i]][0];
            taken.Add(index);
            var record = generated[index].Record with { Id = $"entry-{i}" };
            var byAlias = i % 3 == 0;
            IReadOnlyList<PersonRecord> records = byAlias ? [record with { Name = strangers[i].Name, GivenName = null, FamilyName = null }, record] : [record];
            entries.Add(new Entry(records, seeded[i], IsArabic(record.Name), byAlias));
        }

        foreach (var stranger in strangers.Skip(seeded.Length).Take(entryCount - entries.Count))
        {
            entries.Add(new Entry([stranger], null, IsArabic(stranger.Name), false));
        }

        var persons = generated.Where((_, i) => !taken.Contains(i)).GroupBy(g => g.Person)
            .Select(g => (Person: g.Key, Records: (IReadOnlyList<PreparedRecord>)[.. g.Select(r => PreparedRecord.From(r.Record))])).ToArray();
        var load = File.ReadAllText("/proc/loadavg").Split(' ')[0];

        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var model = ListScreening.Model(ModelParameters.Default);
        var watchlist = WatchlistIndex.Build([.. entries.Select(e => (e.Records, ListScreening.PossibleThreshold))], model);
        var build = clock.Elapsed;
        var hits = persons.AsParallel().SelectMany(p => watchlist.Screen(p.Records).Select(h => (p.Person, h.Entry))).ToList();
        var total = clock.Elapsed;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;

        var found = hits.Where(h => entries[h.Entry].Person == h.Person).Select(h => h.Entry).ToHashSet();
        var falseHits = hits.Count(h => entries[h.Entry].Person != h.Person);
        string Recall(Func<Entry, bool> which)
        {
            var set = entries.Select((e, i) => (e, i)).Where(x => x.e.Person is not null && which(x.e)).ToList();
            return set.Count == 0 ? "—" : Report.F($"{(double)set.Count(x => found.Contains(x.i)) / set.Count:F4} of {set.Count:N0}");
        }

        var text = new StringBuilder();
        text.AppendLine("### Screening the registry against a watchlist");
        text.AppendLine();
        text.AppendLine(Report.F($"Command: `dotnet run -c Release --project bench/Passage.Bench.Matching -- watchlist {registrySize} {entryCount}`. Registry: {generated.Count - taken.Count:N0} synthetic registrations of {persons.Length:N0} persons; list: {entries.Count:N0} entries, {seeded.Length:N0} of them seeded from registered persons. Threshold {ListScreening.PossibleThreshold}. Load average at the start: {load}."));
        text.AppendLine();
        text.AppendLine("| approach | time | processor time | recall of seeded entries (all / Latin entry / Persian-script entry / through an alias) | false hits per 1,000 persons |");
        text.AppendLine("|---|---|---|---|---|");
        text.AppendLine(Report.F($"| engine (`WatchlistIndex`, index build {build.TotalSeconds:F1} s) | {total.TotalSeconds:F1} s | {cpuSeconds:F1} s | {Recall(_ => true)} / {Recall(e => !e.Arabic)} / {Recall(e => e.Arabic)} / {Recall(e => e.ByAlias)} | {falseHits * 1000.0 / persons.Length:F2} |"));
        text.AppendLine(Trigram(generated, taken, entries, persons.Length));
        Report.Set("70-watchlist", text.ToString());
    }

    private static string Trigram(List<SyntheticRecord> generated, HashSet<int> taken, List<Entry> entries, int persons)
    {
        using var connection = new NpgsqlConnection(PostgresServer.Instance.CreateDatabase());
        connection.Open();
        using (var create = new NpgsqlCommand("CREATE EXTENSION pg_trgm; CREATE TABLE people (person int NOT NULL, name text NOT NULL)", connection))
        {
            create.ExecuteNonQuery();
        }

        using (var import = connection.BeginBinaryImport("COPY people (person, name) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < generated.Count; i++)
            {
                if (!taken.Contains(i))
                {
                    import.StartRow();
                    import.Write(generated[i].Person, NpgsqlDbType.Integer);
                    import.Write(generated[i].Record.Name!, NpgsqlDbType.Text);
                }
            }

            import.Complete();
        }

        var clock = Stopwatch.StartNew();
        using (var index = new NpgsqlCommand("CREATE INDEX people_trgm ON people USING gin (name gin_trgm_ops); ANALYZE people", connection) { CommandTimeout = 0 })
        {
            index.ExecuteNonQuery();
        }

        var found = 0;
        var falseHits = 0;
        foreach (var entry in entries)
        {
            var people = new HashSet<int>();
            foreach (var record in entry.Records)
            {
                using var query = new NpgsqlCommand("SELECT person FROM people WHERE name % @q ORDER BY similarity(name, @q) DESC LIMIT 10", connection);
                query.Parameters.AddWithValue("q", record.Name!);
                using var reader = query.ExecuteReader();
                while (reader.Read())
                {
                    people.Add(reader.GetInt32(0));
                }
            }

            found += entry.Person is { } p && people.Contains(p) ? 1 : 0;
            falseHits += people.Count(x => x != entry.Person);
        }

        var seeded = entries.Count(e => e.Person is not null);
        return Report.F($"| PostgreSQL pg_trgm `name % q`, top 10 by similarity (GIN), names only | {clock.Elapsed.TotalSeconds:F1} s | — | {(double)found / seeded:F4} of {seeded:N0} | {falseHits * 1000.0 / persons:F2} |");
    }

    private static bool IsArabic(string? name) => name is not null && name.Any(c => c is >= '\u0600' and <= '\u06FF');
}
