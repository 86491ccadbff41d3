using System.Diagnostics;
using System.Text;
using Npgsql;
using NpgsqlTypes;
using Passage.Bench.Matching.Synthetic;
using Passage.Matching.Comparison;
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

    private sealed record Scene(
        List<SyntheticRecord> Generated, HashSet<int> Taken, List<Entry> Entries, int Seeded,
        (int Person, IReadOnlyList<PreparedRecord> Records)[] Persons);

    /// <summary>The seeds of the evaluation run (written to RESULTS.md) and of the development run (for calibration and misses).</summary>
    private static readonly (int Choice, int Registry, int Strangers) Evaluation = (20_261_202, 20_260_101, 20_261_203);

    private static readonly (int Choice, int Registry, int Strangers) Development = (7_301, 7_302, 7_303);

    /// <summary>How many of the entries not seeded pg_trgm is asked about (beside every seeded one).</summary>
    private const int TrigramOtherEntries = 1000;

    /// <summary>
    /// A registry and a list built from the seeds: one in ten entries is a registered person (one of their registrations,
    /// taken out of the registry), a third of those through an alias beside another name; entries carry no sex, as imported
    /// lists do not.
    /// </summary>
    private static Scene Build(int registrySize, int entryCount, (int Choice, int Registry, int Strangers) seeds)
    {
        var random = new Random(seeds.Choice);
        var generated = SyntheticRegistry.Generate(registrySize, seeds.Registry);
        var byPerson = generated.Select((g, i) => (g.Person, i)).GroupBy(x => x.Person).Where(g => g.Count() >= 2)
            .ToDictionary(g => g.Key, g => g.Select(x => x.i).ToArray());
        var seeded = byPerson.Keys.OrderBy(_ => random.Next()).Take(Math.Min(entryCount / 10, byPerson.Count)).ToArray();
        var strangers = SyntheticRegistry.Generate(entryCount * 2, seeds.Strangers).GroupBy(g => g.Person)
            .Select(g => g.First().Record with { Sex = Sex.Unknown }).ToList();
        var taken = new HashSet<int>();
        var entries = new List<Entry>(entryCount);
        for (var i = 0; i < seeded.Length; i++)
        {
            var index = byPerson[seeded[i]][0];
            taken.Add(index);
            var record = generated[index].Record with { Id = $"entry-{i}", Sex = Sex.Unknown };
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
        return new Scene(generated, taken, entries, seeded.Length, persons);
    }

    public static void Run(int registrySize, int entryCount)
    {
        var (generated, taken, entries, seededCount, persons) = Build(registrySize, entryCount, Evaluation);
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

        var loadAfterEngine = File.ReadAllText("/proc/loadavg").Split(' ')[0];
        var trigram = Trigram(generated, taken, entries, persons.Length);
        var loadAfterTrigram = File.ReadAllText("/proc/loadavg").Split(' ')[0];
        var text = new StringBuilder();
        text.AppendLine("### Screening the registry against a watchlist");
        text.AppendLine();
        text.AppendLine(Report.F($"Command: `dotnet run -c Release --project bench/Passage.Bench.Matching -- watchlist {registrySize} {entryCount}`. Registry: {generated.Count - taken.Count:N0} synthetic registrations of {persons.Length:N0} persons (a person is screened through all their registrations, each with its own spelling or script); list: {entries.Count:N0} entries, {seededCount:N0} of them seeded from registered persons (one of their registrations, taken out of the registry; a third of them as an alias beside another name; no sex, as lists give none). Threshold {ListScreening.PossibleThreshold}, prior {ListScreening.Prior}, a partly agreeing name at most {ListScreening.PartialNameWeight} bits and a name within the other at most {ListScreening.SubsetNameWeight}: chosen with `watchlist-dev` on other seeds (a registry of 200,000 registrations and a list of 10,000 entries), never on this run. Load average (1 minute, 2 processors shared with other builds) at the start: {load}; after the engine: {loadAfterEngine}; after pg_trgm: {loadAfterTrigram}."));
        text.AppendLine();
        text.AppendLine("| approach | time | processor time | recall of seeded entries (all / Latin entry / Persian-script entry / through an alias) | false hits per 1,000 persons |");
        text.AppendLine("|---|---|---|---|---|");
        text.AppendLine(Report.F($"| engine (`WatchlistIndex`, index build {build.TotalSeconds:F1} s) | {total.TotalSeconds:F1} s | {cpuSeconds:F1} s | {Recall(_ => true)} / {Recall(e => !e.Arabic)} / {Recall(e => e.Arabic)} / {Recall(e => e.ByAlias)} | {falseHits * 1000.0 / persons.Length:F2} |"));
        text.AppendLine(trigram);
        text.AppendLine();
        text.AppendLine("The entries the engine misses are made with the generator's own noise, the same as any registration's: on the development seeds (`watchlist-dev N M K` prints K of them with the score of each pair) they are a typo that turns a name into another listed name (موسیی read as موسی, Armin for Ramin), two misspellings in one surname, and a year given alone a year off with no father to tell (decision 0024 lists the kinds found earlier and the rules that now find them).");
        Report.Set("70-watchlist", text.ToString());
    }

    /// <summary>
    /// On the development seeds: the screening as shipped (each entry at the list's threshold), timed, with its recall and
    /// false hits. Printed only; for changes of speed, measured before and after on the same machine.
    /// </summary>
    public static void Speed(int registrySize, int entryCount)
    {
        var scene = Build(registrySize, entryCount, Development);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var model = ListScreening.Model(ModelParameters.Default);
        var watchlist = WatchlistIndex.Build([.. scene.Entries.Select(e => (e.Records, ListScreening.PossibleThreshold))], model);
        var build = clock.Elapsed;
        var hits = scene.Persons.AsParallel().SelectMany(p => watchlist.Screen(p.Records).Select(h => (p.Person, h.Entry))).ToList();
        var total = clock.Elapsed;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var found = hits.Where(h => scene.Entries[h.Entry].Person == h.Person).Select(h => h.Entry).ToHashSet();
        var falseHits = hits.Count(h => scene.Entries[h.Entry].Person != h.Person);
        Console.WriteLine(Report.F($"development: {scene.Persons.Length:N0} persons, {scene.Entries.Count:N0} entries; index {build.TotalSeconds:F1} s, screening {total.TotalSeconds:F1} s wall, {cpuSeconds:F1} s processor; load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
        Console.WriteLine(Report.F($"recall {(double)found.Count / scene.Seeded:F4} of {scene.Seeded:N0}; false hits per 1,000 persons {falseHits * 1000.0 / scene.Persons.Length:F2}"));
    }

    /// <summary>
    /// On the development seeds (never the evaluation's): recall and false hits at several thresholds, and a sample of the
    /// seeded entries missed at the shipped threshold with the best score of any pair of their records. Printed only.
    /// </summary>
    public static void Develop(int registrySize, int entryCount, int sample)
    {
        var scene = Build(registrySize, entryCount, Development);
        var model = ListScreening.Model(ModelParameters.Default);
        var watchlist = WatchlistIndex.Build([.. scene.Entries.Select(e => (e.Records, 1e-6))], model);
        var scored = scene.Persons.AsParallel().SelectMany(p => watchlist.Screen(p.Records).Select(h => (p.Person, h.Entry, h.Result))).ToList();
        var hits = scored.Select(h => (h.Person, h.Entry, h.Result.Probability)).ToList();
        Console.WriteLine(Report.F($"development: {scene.Persons.Length:N0} persons, {scene.Entries.Count:N0} entries, {scene.Seeded:N0} seeded"));
        Console.WriteLine("threshold | recall | Latin / Persian script / alias | false hits per 1,000 persons");
        foreach (var threshold in new[] { 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.9 })
        {
            var kept = hits.Where(h => h.Probability >= threshold).ToList();
            var found = kept.Where(h => scene.Entries[h.Entry].Person == h.Person).Select(h => h.Entry).ToHashSet();
            double Recall(Func<Entry, bool> which)
            {
                var set = scene.Entries.Select((e, i) => (e, i)).Where(x => x.e.Person is not null && which(x.e)).ToList();
                return (double)set.Count(x => found.Contains(x.i)) / set.Count;
            }

            var falseHits = kept.Count(h => scene.Entries[h.Entry].Person != h.Person);
            Console.WriteLine(Report.F($"{threshold} | {Recall(_ => true):F4} | {Recall(e => !e.Arabic):F4} / {Recall(e => e.Arabic):F4} / {Recall(e => e.ByAlias):F4} | {falseHits * 1000.0 / scene.Persons.Length:F2}"));
        }

        Console.WriteLine(Report.F($"hits at {ListScreening.PossibleThreshold} by the level of each field (true / false):"));
        foreach (var field in scored.SelectMany(h => h.Result.Explanation.Select(f => f.Field)).Distinct())
        {
            var levels = scored.Where(h => h.Result.Probability >= ListScreening.PossibleThreshold)
                .GroupBy(h => h.Result.Explanation.First(f => f.Field == field).LevelName)
                .Select(g => Report.F($"{g.Key} {g.Count(h => scene.Entries[h.Entry].Person == h.Person)} / {g.Count(h => scene.Entries[h.Entry].Person != h.Person)}"));
            Console.WriteLine($"  {field}: {string.Join(", ", levels)}");
        }

        // What lower weights of a name that agrees in part (Partial) or by one name's words only (Subset) would do: each
        // pair's best score with its name weight held to the ceiling (the best pair only, so a slight underestimate).
        Console.WriteLine("name ceilings (partial, subset) | threshold | recall | false hits per 1,000 persons");
        foreach (var partial in new[] { -4.0, -6, -8, -10, -12 })
        {
            foreach (var subset in new[] { 1.0, 0, -2, -4, -6 })
            {
                foreach (var threshold in new[] { 0.05, 0.1, 0.2 })
                {
                    var kept = scored.Where(h => MatchModel.Probability(Held(h.Result, partial, subset)) >= threshold).ToList();
                    var found = kept.Where(h => scene.Entries[h.Entry].Person == h.Person).Select(h => h.Entry).Distinct().Count();
                    var falseHits = kept.Where(h => scene.Entries[h.Entry].Person != h.Person).Select(h => (h.Person, h.Entry)).Distinct().Count();
                    Console.WriteLine(Report.F($"{partial}, {subset} | {threshold} | {(double)found / scene.Seeded:F4} | {falseHits * 1000.0 / scene.Persons.Length:F2}"));
                }
            }
        }

        var byPerson = scene.Generated.Where((_, i) => !scene.Taken.Contains(i)).GroupBy(g => g.Person).ToDictionary(g => g.Key, g => g.Select(r => r.Record).ToList());
        var best = hits.GroupBy(h => (h.Person, h.Entry)).ToDictionary(g => g.Key, g => g.Max(h => h.Probability));
        var misses = scene.Entries.Select((e, i) => (e, i))
            .Where(x => x.e.Person is { } p && !(best.TryGetValue((p, x.i), out var q) && q >= ListScreening.PossibleThreshold)).ToList();
        Console.WriteLine(Report.F($"missed at {ListScreening.PossibleThreshold}: {misses.Count}"));
        foreach (var (entry, index) in misses.Take(sample))
        {
            var person = byPerson[entry.Person!.Value];
            var searched = best.TryGetValue((entry.Person.Value, index), out var q) ? Report.F($"found at {q:F4}") : "not found by the search";
            Console.WriteLine(Report.F($"- entry {index} ({(entry.Arabic ? "Persian script" : "Latin")}{(entry.ByAlias ? ", alias" : string.Empty)}), {searched}"));
            foreach (var record in entry.Records)
            {
                Console.WriteLine($"    list:     {Describe(record)}");
            }

            foreach (var record in person)
            {
                var score = entry.Records.Select(e => model.Score(PreparedRecord.From(record), PreparedRecord.From(e))).MaxBy(r => r.LogOdds)!;
                Console.WriteLine($"    registry: {Describe(record)}  -> {Report.F($"{score.Probability:F4}")} "
                    + string.Join(", ", score.Explanation.Select(f => Report.F($"{f.Field} {f.LevelName} {f.Weight:F1}"))));
            }
        }

        var shuffle = new Random(1);
        PrintFalseHits(scene, model, hits.Where(h => h.Probability >= ListScreening.PossibleThreshold && scene.Entries[h.Entry].Person != h.Person)
            .GroupBy(h => (h.Person, h.Entry)).Select(g => (g.Key.Person, g.Key.Entry, g.Max(h => h.Probability))).OrderBy(_ => shuffle.Next()), byPerson, sample);
    }

    private static double Held(MatchResult result, double partial, double subset) => result.LogOdds + result.Explanation
        .Where(f => f.Field == "name")
        .Sum(f => f.LevelName switch { "Partial" => Math.Min(0, partial - f.Weight), "Subset" => Math.Min(0, subset - f.Weight), _ => 0 });

    private static void PrintFalseHits(Scene scene, MatchModel model, IEnumerable<(int Person, int Entry, double Probability)> falseHits,
        Dictionary<int, List<PersonRecord>> byPerson, int sample)
    {
        foreach (var (person, entryIndex, probability) in falseHits.Take(sample))
        {
            var entry = scene.Entries[entryIndex];
            Console.WriteLine(Report.F($"- false hit at {probability:F4}: entry {entryIndex}{(entry.Person is null ? string.Empty : " (seeded from another person)")}"));
            foreach (var record in entry.Records)
            {
                Console.WriteLine($"    list:     {Describe(record)}");
            }

            foreach (var record in byPerson[person])
            {
                var score = entry.Records.Select(e => model.Score(PreparedRecord.From(record), PreparedRecord.From(e))).MaxBy(r => r.LogOdds)!;
                Console.WriteLine($"    registry: {Describe(record)}  -> {Report.F($"{score.Probability:F4}")} "
                    + string.Join(", ", score.Explanation.Select(f => Report.F($"{f.Field} {f.LevelName} {f.Weight:F1}"))));
            }
        }
    }

    private static string Describe(PersonRecord r) =>
        $"{r.Name ?? $"{r.GivenName} / {r.FamilyName}"} | born {r.Birth?.ToString() ?? "?"} | father {r.Father ?? "?"}";

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

        var indexBuild = clock.Elapsed;

        // Every seeded entry (for recall) and, to keep the run within the hour on a shared machine, every k-th other entry
        // (their false hits counted k times).
        var others = entries.Where(e => e.Person is null).ToList();
        var step = Math.Max(1, others.Count / TrigramOtherEntries);
        var sample = entries.Where(e => e.Person is not null).Concat(others.Where((_, i) => i % step == 0)).ToList();
        var found = 0;
        double falseHits = 0;
        var queries = 0;
        var querying = Stopwatch.StartNew();
        foreach (var entry in sample)
        {
            var people = new HashSet<int>();
            foreach (var record in entry.Records)
            {
                using var query = new NpgsqlCommand("SELECT person FROM people WHERE name % @q ORDER BY similarity(name, @q) DESC LIMIT 10", connection);
                query.Parameters.AddWithValue("q", record.Name!);
                using var reader = query.ExecuteReader();
                queries++;
                while (reader.Read())
                {
                    people.Add(reader.GetInt32(0));
                }
            }

            found += entry.Person is { } p && people.Contains(p) ? 1 : 0;
            falseHits += people.Count(x => x != entry.Person) * (entry.Person is null ? step : 1);
        }

        var perQuery = querying.Elapsed.TotalMilliseconds / Math.Max(1, queries);
        var allQueries = entries.Sum(e => e.Records.Count);
        var seeded = entries.Count(e => e.Person is not null);
        return Report.F($"| PostgreSQL pg_trgm `name % q`, top 10 by similarity (GIN), names only; {(step == 1 ? "every entry" : Report.F($"every seeded entry and one in {step} of the others, whose false hits count {step} times"))} | index {indexBuild.TotalSeconds:F1} s, {queries:N0} queries in {querying.Elapsed.TotalSeconds:F1} s ({perQuery:F0} ms each: about {(indexBuild.TotalMilliseconds + (perQuery * allQueries)) / 1000:F0} s for the whole list) | — | {(double)found / seeded:F4} of {seeded:N0} | {falseHits * 1000.0 / persons:F2} |");
    }

    private static bool IsArabic(string? name) => name is not null && name.Any(c => c is >= '\u0600' and <= '\u06FF');
}
