using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Operations;

/// <summary>
/// Puts a backup written by <see cref="DatabaseBackup"/> into a database: <c>pg_restore</c> in one transaction for
/// PostgreSQL (a PostgreSQL database that does not exist yet is created), SQLite's backup API for an SQLite file. A
/// database that holds any table is overwritten only when the caller says so; it is then emptied first, so nothing of
/// it survives beside the restored data. The schema is not migrated here: the caller brings it up to date afterwards.
/// </summary>
public static class DatabaseRestore
{
    public static async Task<Result<long>> ReadAsync(string connectionString, string file, bool overwrite, IProgress<string> progress, CancellationToken ct)
    {
        var path = Path.GetFullPath(file);
        if (!File.Exists(path))
        {
            return Problem.NotFound($"The backup {path}");
        }

        var postgres = StorageSetup.IsPostgres(connectionString);
        if (postgres ? !BackupFiles.IsPostgresDump(path) : !BackupFiles.IsSqlite(path))
        {
            return Problem.Refused(postgres
                ? $"{path} is not a PostgreSQL backup (pg_dump's custom format); restore it into the kind of database it came from."
                : $"{path} is not an SQLite backup; restore it into the kind of database it came from.");
        }

        if (postgres)
        {
            await CreatePostgresDatabaseIfMissingAsync(connectionString, progress, ct);
        }
        else
        {
            DatabaseSchema.CreatePrivateSqliteFile(connectionString);
        }

        await using (var connection = DatabaseConnections.Create(connectionString))
        {
            await connection.OpenAsync(ct);
            var tables = await DatabaseConnections.TableNamesAsync(connection, ct);
            if (tables.Count > 0)
            {
                if (!overwrite)
                {
                    return Problem.Refused($"The database is not empty ({tables.Count} tables). Nothing was changed; to replace everything in it with the backup, add --force.");
                }

                if (postgres)
                {
                    progress.Report($"Emptying the database ({tables.Count} tables) ...");
                    await EmptyPostgresAsync(connection, ct);
                }
            }
        }

        var failure = postgres
            ? await RestorePostgresAsync(connectionString, path, progress, ct)
            : RestoreSqlite(connectionString, path, progress);
        if (failure is not null)
        {
            return failure;
        }

        progress.Report($"Restored from {path}.");
        return new FileInfo(path).Length;
    }

    private static async Task<Problem?> RestorePostgresAsync(string connectionString, string path, IProgress<string> progress, CancellationToken ct)
    {
        progress.Report("Restoring with pg_restore, in one transaction ...");
        var (exit, messages) = await PostgresTools.RunAsync("pg_restore", connectionString,
            ["--verbose", "--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", "--dbname", PostgresTools.DatabaseName(connectionString), path],
            line => DatabaseBackup.ReportTable(line, "processing data for table", progress), ct);
        NpgsqlConnection.ClearAllPools();
        return exit == 0 ? null : BackupFiles.ToolFailed("pg_restore", messages);
    }

    private static Problem? RestoreSqlite(string connectionString, string path, IProgress<string> progress)
    {
        progress.Report("Copying the backup into the SQLite database with its online backup API ...");
        var problem = BackupFiles.CheckSqlite(path);
        if (problem is not null)
        {
            return problem;
        }

        using (var source = new SqliteConnection(BackupFiles.SqliteFile(path, SqliteOpenMode.ReadOnly)))
        using (var target = new SqliteConnection(connectionString))
        {
            source.Open();
            target.Open();
            source.BackupDatabase(target);
        }

        SqliteConnection.ClearAllPools();
        return null;
    }

    private static async Task EmptyPostgresAsync(DbConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "DROP SCHEMA public CASCADE; CREATE SCHEMA public;";
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task CreatePostgresDatabaseIfMissingAsync(string connectionString, IProgress<string> progress, CancellationToken ct)
    {
        var name = PostgresTools.DatabaseName(connectionString);
        var maintenance = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(maintenance);
        await connection.OpenAsync(ct);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", name);
        if (await exists.ExecuteScalarAsync(ct) is not null)
        {
            return;
        }

        progress.Report($"Creating the database {name} ...");
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\" TEMPLATE template0 ENCODING 'UTF8'", connection);
        await create.ExecuteNonQueryAsync(ct);
    }
}
