using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Passage.Core.Accounts;
using Passage.Core.Demo;

namespace Passage.Cli.Commands;

/// <summary><c>passage demo [--persons N]</c>: fills the database with a fictitious operation and prints the demo accounts.</summary>
public static class DemoCommand
{
    public static Command Create(Option<string?> database, Option<string?> fieldKeys)
    {
        var persons = new Option<int>("--persons")
        {
            Description = "How many fictitious residents to add.",
            DefaultValueFactory = _ => DemoOperation.DefaultPersons,
        };
        persons.Validators.Add(result =>
        {
            if (result.GetValue(persons) is < 0 or > 1_000_000)
            {
                result.AddError("--persons must be between 0 and 1000000.");
            }
        });
        var seed = new Option<int>("--seed") { Description = "Seed the families are planned from.", DefaultValueFactory = _ => DemoOperation.DefaultSeed };

        var command = new Command("demo", "Add a demo operation: one account per role, and fictitious residents in family cases.");
        command.Options.Add(persons);
        command.Options.Add(seed);
        command.SetAction(async (parseResult, ct) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var count = parseResult.GetValue(persons);
            await using var services = await CliServices.StartAsync(DatabaseOption.Resolve(parseResult, database), ct, FieldKeysOption.Resolve(parseResult, fieldKeys));
            var progress = new ConsoleProgress<int>(error, n => $"Residents written: {n}/{count}");
            var started = TimeProvider.System.GetTimestamp();
            var result = await DemoOperation.SeedAsync(services, count, parseResult.GetValue(seed), progress, ct);
            var elapsed = TimeProvider.System.GetElapsedTime(started);

            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Demo operation: {result.Persons} residents in {result.Cases} cases, written in {elapsed.TotalSeconds:F1} s."));
            await output.WriteLineAsync("Demo accounts (the passwords are shown only now):");
            foreach (var line in result.AccountLines())
            {
                await output.WriteLineAsync(line);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
