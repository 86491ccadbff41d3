using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Storage;
using Passage.Core.Storage.Encryption;

namespace Passage.Testing;

/// <summary>
/// A fresh, migrated database for one test: an SQLite file in a temporary folder, or a new database on the
/// test run's PostgreSQL server, with a field key folder of its own. Contexts it creates audit as <see cref="Actor"/>
/// with <see cref="Clock"/>. Disposing it removes the file and the key folder.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string? _sqliteFile;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? sqliteFile, TimeProvider clock)
    {
        FieldKeysFolder = Path.Combine(Path.GetTempPath(), $"passage-test-field-keys-{Guid.NewGuid():N}");
        Provider = provider;
        ConnectionString = connectionString;
        _sqliteFile = sqliteFile;
        Clock = clock;
    }

    public DatabaseProvider Provider { get; }

    /// <summary>The folder of the keys that seal this database's sealed columns, which the application under test is given too.</summary>
    public string FieldKeysFolder { get; }

    public FieldCipher Cipher => FieldCipher.ForFolder(FieldKeysFolder);

    public string ConnectionString { get; }

    public TimeProvider Clock { get; }

    /// <summary>The user the contexts act as; change it with <see cref="Actor.Set"/>.</summary>
    public Actor Actor { get; } = new();

    /// <summary>
    /// Creates and migrates a database of the given kind, up to <paramref name="migration"/> when named, else fully,
    /// sealing with keys of its own.
    /// </summary>
    public static TestDatabase Create(DatabaseProvider provider, TimeProvider? clock = null, string? migration = null)
    {
        clock ??= TimeProvider.System;
        TestDatabase database;
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"passage-test-{Guid.NewGuid():N}.db");
            database = new TestDatabase(provider, $"Data Source={file}", file, clock);
        }
        else
        {
            database = new TestDatabase(provider, PostgresServer.Instance.CreateDatabase(), null, clock);
        }

        using var context = database.CreateContext();
        context.Database.Migrate(migration);
        return database;
    }

    /// <summary>A new context on this database, auditing as <see cref="Actor"/>.</summary>
    public PassageDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<PassageDbContext>()
            .UsePassageDatabase(ConnectionString)
            .UseFieldEncryption(Cipher)
            .AddInterceptors(new AuditInterceptor(Actor, Clock))
            .Options);

    public void Dispose()
    {
        if (_sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" })
            {
                File.Delete(file);
            }
        }

        else
        {
            // The server is shared by the whole run: a finished test's idle connections would otherwise count against it.
            using var connection = new Npgsql.NpgsqlConnection(ConnectionString);
            Npgsql.NpgsqlConnection.ClearPool(connection);
        }

        if (Directory.Exists(FieldKeysFolder))
        {
            Directory.Delete(FieldKeysFolder, recursive: true);
        }
    }
}
