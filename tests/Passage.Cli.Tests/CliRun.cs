using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Storage;
using Passage.Core.Storage.Encryption;

namespace Passage.Cli.Tests;

/// <summary>A temporary SQLite file and a way to run <c>passage</c> against it in-process, capturing what it prints.</summary>
public sealed class CliRun : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"passage-cli-{Guid.NewGuid():N}");

    public CliRun()
    {
        Directory.CreateDirectory(_folder);
        ConnectionString = $"Data Source={Path.Combine(_folder, "passage.db")}";
    }

    public string ConnectionString { get; }

    public string PathOf(string name) => Path.Combine(_folder, name);

    /// <summary>The folder of the keys that seal this run's sealed columns.</summary>
    public string FieldKeysFolder => PathOf("field-keys");

    /// <summary>Runs <c>passage ARGS --database FILE</c> and returns its exit code and output.</summary>
    public async Task<(int Exit, string Out, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await PassageCommands.RunAsync([.. args, "--database", ConnectionString, "--field-keys", FieldKeysFolder], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    public PassageDbContext Context() =>
        new(new DbContextOptionsBuilder<PassageDbContext>().UsePassageDatabase(ConnectionString).UseFieldEncryption(FieldCipher.ForFolder(FieldKeysFolder)).Options);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();

        // The field keys' ring may still be writing in the background for a moment after the last command.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
                return;
            }
            catch (IOException) when (attempt < 5)
            {
                Thread.Sleep(200);
            }
        }
    }
}
