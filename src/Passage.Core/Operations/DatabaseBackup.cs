using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using Passage.Core.Common;
using Passage.Core.Storage;

namespace Passage.Core.Operations;

/// <summary>
/// Writes a consistent copy of the whole database to one file while the system keeps running: PostgreSQL with
/// <c>pg_dump</c> in its custom format, SQLite with its online backup API. The file holds personal data, so it is
/// created readable by its owner only, and an existing file is never overwritten.
/// </summary>
public static class DatabaseBackup
{
    public static async Task<Result<long>> WriteAsync(string connectionString, string file, IProgress<string> progress, CancellationToken ct)
    {
        var path = Path.GetFullPath(file);
        if (File.Exists(path))
        {
            return Problem.Refused($"{path} exists already; a backup never overwrites a file. Name a new one.");
        }

        var partial = path + ".partial";
        File.Delete(partial);
        BackupFiles.CreatePrivate(partial);
        try
        {
            var failure = StorageSetup.IsPostgres(connectionString)
                ? await DumpPostgresAsync(connectionString, partial, progress, ct)
                : CopySqlite(connectionString, partial, progress);
            if (failure is not null)
            {
                return failure;
            }

            File.Move(partial, path);
        }
        finally
        {
            File.Delete(partial);
        }

        var bytes = new FileInfo(path).Length;
        progress.Report(string.Create(CultureInfo.InvariantCulture, $"Backup written: {path} ({bytes / 1024.0 / 1024.0:F1} MB)."));
        return bytes;
    }

    private static async Task<Problem?> DumpPostgresAsync(string connectionString, string file, IProgress<string> progress, CancellationToken ct)
    {
        progress.Report("Dumping the PostgreSQL database with pg_dump (custom format) ...");
        var (exit, messages) = await PostgresTools.RunAsync("pg_dump",
            connectionString, ["--format=custom", "--verbose", "--file", file], line => ReportTable(line, "dumping contents of table", progress), ct);
        return exit == 0 ? null : BackupFiles.ToolFailed("pg_dump", messages);
    }

    private static Problem? CopySqlite(string connectionString, string file, IProgress<string> progress)
    {
        progress.Report("Copying the SQLite database with its online backup API ...");
        using (var source = new SqliteConnection(connectionString))
        using (var target = new SqliteConnection(BackupFiles.SqliteFile(file)))
        {
            source.Open();
            target.Open();
            source.BackupDatabase(target);
        }

        progress.Report("Checking the copy ...");
        return BackupFiles.CheckSqlite(file);
    }

    /// <summary>Reports the table a PostgreSQL tool is working on, from one line of its verbose output.</summary>
    internal static void ReportTable(string line, string marker, IProgress<string> progress)
    {
        var at = line.IndexOf(marker, StringComparison.Ordinal);
        if (at >= 0)
        {
            progress.Report($"  table {line[(at + marker.Length)..].Trim().Trim('"').Replace("public.", string.Empty, StringComparison.Ordinal).Trim('"')}");
        }
    }
}
