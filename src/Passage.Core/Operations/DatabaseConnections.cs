using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Passage.Core.Storage;

namespace Passage.Core.Operations;

/// <summary>Plain connections and table lists for the operations that work below the model: backups, restores, health checks.</summary>
public static class DatabaseConnections
{
    /// <summary>A connection of the kind the connection string names, not yet open.</summary>
    public static DbConnection Create(string connectionString) =>
        StorageSetup.IsPostgres(connectionString) ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);

    /// <summary>The names of the tables in the database (the schema's own tables included), in order.</summary>
    public static async Task<IReadOnlyList<string>> TableNamesAsync(DbConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = connection is NpgsqlConnection
            ? "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name"
            : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    /// <summary>The number of rows in each table, by table name.</summary>
    public static async Task<IReadOnlyDictionary<string, long>> RowCountsAsync(string connectionString, CancellationToken ct)
    {
        await using var connection = Create(connectionString);
        await connection.OpenAsync(ct);
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in await TableNamesAsync(connection, ct))
        {
            await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // the table name comes from the database's own catalogue, quoted
            command.CommandText = $"SELECT COUNT(*) FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
#pragma warning restore CA2100
            counts[table] = Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        }

        return counts;
    }
}
