using System.Data.Common;
using Npgsql;

namespace Passage.Core.Storage;

/// <summary>
/// Server-side preparation of the statements a long-running process sends again and again (the web application): Npgsql
/// prepares a statement on a pooled connection once it has been sent <see cref="MinUsages"/> times, and PostgreSQL then
/// skips parsing and planning it on every later page. Short commands (the command line, migrations) gain nothing from it
/// and keep the plain connection string. The connection's state is not reset each time it goes back to the pool either:
/// Passage sets no session state (no SET, advisory locks, temporary tables or LISTEN), and the reset, one round trip
/// before each query, cost PostgreSQL more than the page's small queries themselves.
/// </summary>
public static class StatementPreparation
{
    /// <summary>Prepared statements kept per connection (least recently used ones are closed first).</summary>
    public const int MaxStatements = 128;

    /// <summary>How many times a statement is sent unprepared before it is prepared.</summary>
    public const int MinUsages = 2;

    /// <summary>
    /// <paramref name="connectionString"/> with automatic preparation and no reset on close when it names a PostgreSQL server
    /// in keyword form; a setting the connection string gives itself is kept (an operator turns preparation off with
    /// <c>Max Auto Prepare=0</c>). Any other connection string unchanged.
    /// </summary>
    public static string ForServer(string connectionString)
    {
        if (!StorageSetup.IsPostgres(connectionString) || connectionString.StartsWith("postgres", StringComparison.OrdinalIgnoreCase))
        {
            return connectionString;
        }

        var given = new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>().Select(Normalised).ToHashSet(StringComparer.Ordinal);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.Contains("maxautoprepare"))
        {
            builder.MaxAutoPrepare = MaxStatements;
        }

        if (!given.Contains("autoprepareminusages"))
        {
            builder.AutoPrepareMinUsages = MinUsages;
        }

        if (!given.Contains("noresetonclose"))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    private static string Normalised(string keyword) => keyword.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
}
