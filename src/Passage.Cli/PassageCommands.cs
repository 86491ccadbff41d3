using System.CommandLine;
using Passage.Cli.Commands;

namespace Passage.Cli;

/// <summary>The <c>passage</c> command and its subcommands, one factory per subcommand.</summary>
public static class PassageCommands
{
    public static RootCommand Create()
    {
        var root = new RootCommand("Passage: case management for a relocation operation.");
        var database = DatabaseOption.Create();
        root.Options.Add(database);
        var fieldKeys = FieldKeysOption.Create();
        root.Options.Add(fieldKeys);
        root.Subcommands.Add(MigrateCommand.Create(database));
        root.Subcommands.Add(DemoCommand.Create(database, fieldKeys));
        root.Subcommands.Add(UsersCommand.Create(database));
        root.Subcommands.Add(ImportCommand.Create(database));
        root.Subcommands.Add(ExportCommand.Create(database));
        root.Subcommands.Add(ScreeningCommand.Create(database));
        root.Subcommands.Add(BackupCommand.CreateBackup(database));
        root.Subcommands.Add(BackupCommand.CreateRestore(database));
        root.Subcommands.Add(AuditCommand.Create(database));
        root.Subcommands.Add(KeysCommand.Create(database, fieldKeys));
        root.Subcommands.Add(RetentionCommand.Create(database));
        root.Subcommands.Add(Matching.MatchCommand.Create());
        return root;
    }

    /// <summary>Parses and runs a command line; a usage error prints the reason and returns <see cref="ExitCodes.Usage"/>.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken ct = default)
    {
        var parsed = Create().Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                await error.WriteLineAsync(parseError.Message);
            }

            await error.WriteLineAsync("Run 'passage --help' for the commands and their options.");
            return ExitCodes.Usage;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, ct);
    }
}
