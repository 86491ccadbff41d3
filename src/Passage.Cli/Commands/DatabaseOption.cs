using System.CommandLine;
using Passage.Core.Storage;

namespace Passage.Cli.Commands;

/// <summary>The global <c>--database</c> option: a connection string, else <c>ConnectionStrings__Passage</c>, else the SQLite file passage.db.</summary>
public static class DatabaseOption
{
    public const string EnvironmentVariable = "ConnectionStrings__Passage";

    public static Option<string?> Create() => new("--database")
    {
        Description = $"Connection string: 'Host=...' for PostgreSQL, 'Data Source=FILE' for SQLite. Default: ${EnvironmentVariable}, else '{StorageSetup.DefaultSqlite}'.",
        Recursive = true,
    };

    public static string Resolve(ParseResult parseResult, Option<string?> option) =>
        parseResult.GetValue(option) is { Length: > 0 } given ? given
        : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured ? configured
        : StorageSetup.DefaultSqlite;
}
