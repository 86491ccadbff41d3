using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Passage.Core.Storage;

/// <summary>Brings the schema up to date; a new SQLite file is first created readable and writable by its owner only.</summary>
public static class DatabaseSchema
{
    public static async Task MigratePassageAsync(this DatabaseFacade database, CancellationToken ct = default)
    {
        if (database.GetConnectionString() is { } connectionString && !StorageSetup.IsPostgres(connectionString))
        {
            CreatePrivateSqliteFile(connectionString);
        }

        await database.MigrateAsync(ct);
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
