using System.CommandLine;

namespace Passage.Cli.Commands;

/// <summary><c>passage migrate</c>: creates the database or brings its schema up to date.</summary>
public static class MigrateCommand
{
    public static Command Create(Option<string?> database)
    {
        var command = new Command("migrate", "Create the database or bring its schema up to date.");
        command.SetAction(async (parseResult, ct) =>
        {
            await using var services = await CliServices.StartAsync(DatabaseOption.Resolve(parseResult, database), ct);
            await parseResult.InvocationConfiguration.Output.WriteLineAsync("The database schema is up to date.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
