using System.CommandLine;
using System.Globalization;
using Passage.Core.Common;
using Passage.Core.Operations;

namespace Passage.Cli.Commands;

/// <summary>
/// <c>passage backup --to FILE</c> and <c>passage restore --from FILE [--force]</c>: a consistent copy of the whole
/// database in one file, and back. A restored database is brought up to date with the schema of this version.
/// </summary>
public static class BackupCommand
{
    public static Command CreateBackup(Option<string?> database)
    {
        var to = new Option<FileInfo>("--to") { Description = "The file to write; it must not exist yet. It holds personal data: keep it as safe as the database.", Required = true };
        var command = new Command("backup", "Write a consistent copy of the whole database to a file, while the system keeps running.");
        command.Options.Add(to);
        command.SetAction(async (parseResult, ct) =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            var result = await DatabaseBackup.WriteAsync(
                DatabaseOption.Resolve(parseResult, database), parseResult.GetValue(to)!.FullName, new ConsoleProgress<string>(error, line => line), ct);
            return await FinishAsync(parseResult, result);
        });
        return command;
    }

    public static Command CreateRestore(Option<string?> database)
    {
        var from = new Option<FileInfo>("--from") { Description = "A file written by 'passage backup' from the same kind of database.", Required = true };
        var force = new Option<bool>("--force") { Description = "Replace everything in a database that is not empty." };
        var command = new Command("restore", "Restore a backup into an empty database (or, with --force, replace a database's contents), then bring its schema up to date.");
        command.Options.Add(from);
        command.Options.Add(force);
        command.SetAction(async (parseResult, ct) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var connectionString = DatabaseOption.Resolve(parseResult, database);
            var result = await DatabaseRestore.ReadAsync(
                connectionString, parseResult.GetValue(from)!.FullName, parseResult.GetValue(force), new ConsoleProgress<string>(error, line => line), ct);
            if (!result.Succeeded)
            {
                return await FinishAsync(parseResult, result);
            }

            await error.WriteLineAsync("Bringing the schema up to date ...");
            await (await CliServices.StartAsync(connectionString, ct)).DisposeAsync();
            var counts = await DatabaseConnections.RowCountsAsync(connectionString, ct);
            foreach (var (table, rows) in counts)
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{table}\t{rows}"));
            }

            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Restored {counts.Count} tables, {counts.Values.Sum()} rows."));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<int> FinishAsync(ParseResult parseResult, Result<long> result)
    {
        if (result.Succeeded)
        {
            return ExitCodes.Ok;
        }

        await ProblemPrinter.WriteAsync(parseResult.InvocationConfiguration.Error, result.Problem!);
        return ExitCodes.BadInput;
    }
}
