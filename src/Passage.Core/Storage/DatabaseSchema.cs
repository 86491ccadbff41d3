using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace Passage.Core.Storage;

/// <summary>
/// Brings the schema up to date; a new SQLite file is first created readable and writable by its owner only, and SQLite's
/// statistics of its tables are refreshed when they are missing or stale.
/// </summary>
public static class DatabaseSchema
{
    public static async Task MigratePassageAsync(this DatabaseFacade database, CancellationToken ct = default)
    {
        var sqlite = database.GetConnectionString() is { } connectionString && !StorageSetup.IsPostgres(connectionString);
        if (sqlite)
        {
            CreatePrivateSqliteFile(database.GetConnectionString()!);
        }

        await database.MigrateAsync(ct);
        if (sqlite)
        {
            // Without statistics SQLite's planner guesses which index to use (PostgreSQL keeps its own by autovacuum);
            // 0x10002 looks at every table, not only those this connection used, within SQLite's own time limit.
            await database.ExecuteSqlRawAsync("PRAGMA optimize=0x10002", ct);

            // Write-ahead logging, kept in the file: readers neither wait for a writer nor block one, so a page view does not
            // wait for the audit writer's batch or a registration. The file we create ourselves is not one EF Core made,
            // which would have set it.
            await database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL", ct);
        }
        else if (database.GetDbConnection() is NpgsqlConnection connection)
        {
            // A pooled connection may hold statements prepared against the schema before the migration
            // (StatementPreparation); closing them all means no statement outlives the change it does not know of.
            NpgsqlConnection.ClearPool(connection);
        }
    }

    /// <summary>
    /// Creates the empty database file with mode 0600 when it does not exist yet; SQLite gives its journal and WAL files
    /// the database file's permissions, so nobody else on the machine can read the registry.
    /// </summary>
    public static void CreatePrivateSqliteFile(string connectionString)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var builder = new SqliteConnectionStringBuilder(connectionString);
        var path = builder.DataSource;
        if (builder.Mode == SqliteOpenMode.Memory || path.Length == 0 || path == ":memory:" || File.Exists(path))
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        using var file = new FileStream(path, new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
        });
    }
}
