using Microsoft.Data.Sqlite;
using Npgsql;
using Passage.Core.Operations;
using Passage.Testing;

namespace Passage.Cli.Tests.Operations;

/// <summary>The restore drill: a populated database backed up while it exists, restored into a fresh one, compared table by table.</summary>
public sealed class BackupRestoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("passage-backup-").FullName;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RestoreDrill_DemoOperation_RestoresEveryTableAndTheWholeAuditLog(DatabaseProvider provider)
    {
        using var source = TestDatabase.Create(provider);
        (await RunAsync(source.ConnectionString, "demo", "--persons", "60")).Exit.ShouldBe(ExitCodes.Ok);
        var file = Path.Combine(_folder, "passage.backup");

        var backup = await RunAsync(source.ConnectionString, "backup", "--to", file);
        var target = FreshDatabase(provider);
        var restore = await RunAsync(target, "restore", "--from", file);

        backup.Exit.ShouldBe(ExitCodes.Ok, backup.Error);
        backup.Error.ShouldContain("Backup written");
        restore.Exit.ShouldBe(ExitCodes.Ok, restore.Error);
        var expected = await DatabaseRows.ReadAsync(source.ConnectionString);
        await ShouldHoldTheSameRowsAsync(target, expected);
        expected["AuditEntries"].Count.ShouldBeGreaterThan(0);
        expected["Persons"].Count.ShouldBe(60);
        restore.Output.ShouldContain("Persons\t60");
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(file).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Restore_IntoADatabaseInUse_IsRefusedWithoutForceAndReplacesEverythingWithIt(DatabaseProvider provider)
    {
        using var backedUp = TestDatabase.Create(provider);
        (await RunAsync(backedUp.ConnectionString, "demo", "--persons", "10")).Exit.ShouldBe(ExitCodes.Ok);
        var file = Path.Combine(_folder, "passage.backup");
        (await RunAsync(backedUp.ConnectionString, "backup", "--to", file)).Exit.ShouldBe(ExitCodes.Ok);
        using var inUse = TestDatabase.Create(provider);
        (await RunAsync(inUse.ConnectionString, "demo", "--persons", "25", "--seed", "7")).Exit.ShouldBe(ExitCodes.Ok);
        var before = await DatabaseConnections.RowCountsAsync(inUse.ConnectionString, CancellationToken.None);

        var refused = await RunAsync(inUse.ConnectionString, "restore", "--from", file);
        var unchanged = await DatabaseConnections.RowCountsAsync(inUse.ConnectionString, CancellationToken.None);
        var forced = await RunAsync(inUse.ConnectionString, "restore", "--from", file, "--force");

        refused.Exit.ShouldBe(ExitCodes.BadInput);
        refused.Error.ShouldContain("not empty");
        unchanged.ShouldBe(before);
        forced.Exit.ShouldBe(ExitCodes.Ok, forced.Error);
        await ShouldHoldTheSameRowsAsync(inUse.ConnectionString, await DatabaseRows.ReadAsync(backedUp.ConnectionString));
    }

    [Fact]
    public async Task Backup_ToAnExistingFile_IsRefusedAndLeavesTheFileAlone()
    {
        using var source = TestDatabase.Create(DatabaseProvider.Sqlite);
        var file = Path.Combine(_folder, "earlier.backup");
        await File.WriteAllTextAsync(file, "an earlier backup");

        var (exit, _, error) = await RunAsync(source.ConnectionString, "backup", "--to", file);

        exit.ShouldBe(ExitCodes.BadInput);
        error.ShouldContain("never overwrites");
        (await File.ReadAllTextAsync(file)).ShouldBe("an earlier backup");
    }

    [Fact]
    public async Task Restore_ASqliteBackupIntoPostgres_IsRefused()
    {
        using var source = TestDatabase.Create(DatabaseProvider.Sqlite);
        var file = Path.Combine(_folder, "sqlite.backup");
        (await RunAsync(source.ConnectionString, "backup", "--to", file)).Exit.ShouldBe(ExitCodes.Ok);

        var (exit, _, error) = await RunAsync(FreshDatabase(DatabaseProvider.Postgres), "restore", "--from", file);

        exit.ShouldBe(ExitCodes.BadInput);
        error.ShouldContain("not a PostgreSQL backup");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static async Task ShouldHoldTheSameRowsAsync(string connectionString, SortedDictionary<string, List<string>> expected)
    {
        var actual = await DatabaseRows.ReadAsync(connectionString);
        actual.Keys.ShouldBe(expected.Keys);
        foreach (var (table, rows) in expected)
        {
            actual[table].Count.ShouldBe(rows.Count, table);
            actual[table].ShouldBe(rows, table);
        }
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(string connectionString, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await PassageCommands.RunAsync([.. args, "--database", connectionString], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private string FreshDatabase(DatabaseProvider provider) => provider == DatabaseProvider.Sqlite
        ? $"Data Source={Path.Combine(_folder, $"restored-{Guid.NewGuid():N}.db")}"
        : new NpgsqlConnectionStringBuilder(PostgresServer.Instance.AdminConnectionString) { Database = $"passage_restored_{Guid.NewGuid():N}" }.ConnectionString;
}
