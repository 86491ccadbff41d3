using System.CommandLine;
using Passage.Testing;

namespace Passage.Bench;

/// <summary>The benchmark command (an explicit Main: the web application's <c>Program</c> is referenced here).</summary>
internal static class BenchMain
{
    public static async Task<int> Main(string[] args)
    {
        var persons = new Option<int>("--persons") { Description = "Residents in the registry.", DefaultValueFactory = _ => 100_000 };
        var requests = new Option<int>("--requests") { Description = "Timed requests per scenario.", DefaultValueFactory = _ => 200 };
        var output = new Option<FileInfo>("--output") { Description = "The results file to update.", DefaultValueFactory = _ => new FileInfo("bench/RESULTS.md") };
        var registry = new Command("registry", "Fills a registry and times the list and search pages on SQLite and PostgreSQL.");
        registry.Options.Add(persons);
        registry.Options.Add(requests);
        registry.Options.Add(output);
        registry.SetAction(async (parse, ct) =>
        {
            var results = new List<ScenarioResult>();
            foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
            {
                results.AddRange(await RegistryBenchmark.RunAsync(provider, parse.GetValue(persons), parse.GetValue(requests), Console.Error, ct));
            }

            var report = RegistryReport.Render(results, parse.GetValue(persons), parse.GetValue(requests));
            Console.WriteLine(report);
            RegistryReport.WriteSection(parse.GetValue(output)!, report);
            return 0;
        });

        var entries = new Option<int>("--entries") { Description = "Audit entries in the chain.", DefaultValueFactory = _ => 1_000_000 };
        var rounds = new Option<int>("--rounds") { Description = "Timed verifications per database.", DefaultValueFactory = _ => 3 };
        var audit = new Command("audit", "Fills the audit log with a sealed chain and times its verification on SQLite and PostgreSQL.");
        audit.Options.Add(entries);
        audit.Options.Add(rounds);
        audit.Options.Add(output);
        audit.SetAction(async (parse, ct) =>
        {
            var runs = new List<AuditBenchmark.Run>();
            foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
            {
                runs.Add(await AuditBenchmark.RunAsync(provider, parse.GetValue(entries), parse.GetValue(rounds), Console.Error, ct));
            }

            AuditBenchmark.Write(parse.GetValue(output)!, runs);
            return 0;
        });

        var dashboard = new Command("dashboard", "Fills a registry and a million audit entries and times the dashboard and the public report on SQLite and PostgreSQL.");
        dashboard.Options.Add(persons);
        dashboard.Options.Add(entries);
        dashboard.Options.Add(requests);
        dashboard.Options.Add(output);
        dashboard.SetAction(async (parse, ct) =>
        {
            var results = new List<ScenarioResult>();
            foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
            {
                results.AddRange(await DashboardBenchmark.RunAsync(provider, parse.GetValue(persons), parse.GetValue(entries), parse.GetValue(requests), Console.Error, ct));
            }

            DashboardBenchmark.Write(parse.GetValue(output)!, results, parse.GetValue(persons), parse.GetValue(entries), parse.GetValue(requests));
            return 0;
        });

        var rows = new Option<int>("--persons") { Description = "Rows in the import file.", DefaultValueFactory = _ => 60_000 };
        var passage = new Option<FileInfo>("--passage")
        {
            Description = "The command to time (build it first).",
            DefaultValueFactory = _ => new FileInfo("src/Passage.Cli/bin/Release/net10.0/passage.dll"),
        };
        var baseline = new Option<FileInfo?>("--baseline") { Description = "Another build's passage.dll to time beside it." };
        var import = new Command("import", "Times passage import persons of a generated file, and passage demo, on SQLite and PostgreSQL.");
        import.Options.Add(rows);
        import.Options.Add(passage);
        import.Options.Add(baseline);
        import.Options.Add(output);
        import.SetAction(async (parse, ct) =>
        {
            var load = LatencyTable.LoadAverage();
            var runs = await ImportBenchmark.RunAsync(parse.GetValue(rows), parse.GetValue(passage)!, parse.GetValue(baseline), Console.Error, ct);
            ImportBenchmark.Write(parse.GetValue(output)!, runs, load);
            return 0;
        });

        var fileOut = new Argument<FileInfo>("FILE") { Description = "Where to write the file." };
        var importFile = new Command("import-file", "Writes the file the import benchmark times, to time or profile the command by hand.");
        importFile.Options.Add(rows);
        importFile.Arguments.Add(fileOut);
        importFile.SetAction(async (parse, ct) =>
        {
            await ImportFileMaker.WriteAsync(parse.GetValue(fileOut)!.FullName, parse.GetValue(rows), DateOnly.FromDateTime(DateTime.UtcNow), ct);
            return 0;
        });

        var clients = new Option<int>("--clients") { Description = "Clients writing at once.", DefaultValueFactory = _ => 16 };
        var failover = new Command("failover", "Kills the primary of a pg_auto_failover cluster under writes with Idempotency-Keys and checks that none acknowledged is lost or doubled.");
        failover.Options.Add(clients);
        failover.Options.Add(output);
        failover.SetAction(async (parse, ct) =>
        {
            var outcome = await FailoverBenchmark.RunAsync(parse.GetValue(clients), TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(45), Console.Error, ct);
            FailoverBenchmark.Write(parse.GetValue(output)!, outcome, parse.GetValue(clients));
            return FailoverBenchmark.Held(outcome) ? 0 : 1;
        });

        var seconds = new Option<int>("--seconds") { Description = "How long wrk loads each page at each number of connections.", DefaultValueFactory = _ => 15 };
        var part = new Option<string>("--part") { Description = "The part of the results section this run replaces (keep an earlier run beside it under another name).", DefaultValueFactory = _ => "latest" };
        var title = new Option<string>("--title") { Description = "The heading of this run in the results.", DefaultValueFactory = _ => "Latest run" };
        var load = new Command("load", "Fills a registry and loads the registry list, a name search, a person's and a case's page and /health with wrk at 50 and 200 connections, on SQLite and PostgreSQL.");
        load.Options.Add(persons);
        load.Options.Add(seconds);
        load.Options.Add(part);
        load.Options.Add(title);
        load.Options.Add(output);
        load.SetAction(async (parse, ct) =>
        {
            var duration = TimeSpan.FromSeconds(parse.GetValue(seconds));
            var results = new List<LoadBenchmark.Result>();
            foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
            {
                results.AddRange(await LoadBenchmark.RunAsync(provider, parse.GetValue(persons), duration, Console.Error, ct));
            }

            LoadReport.Write(parse.GetValue(output)!, parse.GetValue(part)!, parse.GetValue(title)!, results, parse.GetValue(persons), duration);
            return 0;
        });

        var root = new RootCommand("Passage benchmarks.");
        root.Subcommands.Add(load);
        root.Subcommands.Add(registry);
        root.Subcommands.Add(audit);
        root.Subcommands.Add(dashboard);
        root.Subcommands.Add(import);
        root.Subcommands.Add(importFile);
        root.Subcommands.Add(failover);
        return await root.Parse(args).InvokeAsync();
    }
}
