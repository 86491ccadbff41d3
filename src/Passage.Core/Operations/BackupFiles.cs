using System.Text;
using Microsoft.Data.Sqlite;
using Passage.Core.Common;

namespace Passage.Core.Operations;

/// <summary>What backups and restores share: private files, the kind of a backup file, checks of an SQLite copy.</summary>
internal static class BackupFiles
{
    private static readonly byte[] SqliteHeader = Encoding.ASCII.GetBytes("SQLite format 3\0");
    private static readonly byte[] PostgresHeader = Encoding.ASCII.GetBytes("PGDMP");

    /// <summary>Creates an empty file readable and writable by its owner only.</summary>
    public static void CreatePrivate(string path)
    {
        var folder = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var stream = new FileStream(path, options);
    }

    /// <summary>A connection string for an SQLite file that no pool keeps open, so the file can be moved at once.</summary>
    public static string SqliteFile(string path, SqliteOpenMode mode = SqliteOpenMode.ReadWriteCreate) =>
        new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, Mode = mode }.ToString();

    public static bool IsSqlite(string path) => StartsWith(path, SqliteHeader);

    public static bool IsPostgresDump(string path) => StartsWith(path, PostgresHeader);

    /// <summary>Runs SQLite's integrity check on the file; a problem when it finds anything wrong.</summary>
    public static Problem? CheckSqlite(string path)
    {
        using var connection = new SqliteConnection(SqliteFile(path, SqliteOpenMode.ReadOnly));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA quick_check";
        var answer = command.ExecuteScalar() as string;
        return answer == "ok" ? null : Problem.Refused($"The SQLite copy failed its integrity check: {answer}");
    }

    public static Problem ToolFailed(string tool, IReadOnlyList<string> messages) =>
        Problem.Refused($"{tool} failed: {string.Join(Environment.NewLine, ErrorsOf(messages))}");

    // Verbose output names every object; the failure is in the lines the tool marks as errors.
    private static IEnumerable<string> ErrorsOf(IReadOnlyList<string> messages) =>
        messages.Where(m => m.Contains("error", StringComparison.OrdinalIgnoreCase) || m.Contains("FATAL", StringComparison.Ordinal)).DefaultIfEmpty(messages.Count > 0 ? messages[^1] : "no message").Take(10);

    private static bool StartsWith(string path, byte[] header)
    {
        using var stream = File.OpenRead(path);
        var start = new byte[header.Length];
        return stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false) == start.Length && start.AsSpan().SequenceEqual(header);
    }
}
