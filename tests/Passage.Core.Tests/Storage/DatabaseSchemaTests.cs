using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Storage;
using Passage.Testing;

namespace Passage.Core.Tests.Storage;

public class DatabaseSchemaTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void Migrations_OfEachProvider_BuildTheModelTheCodeUses(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        using var db = database.CreateContext();

        db.Database.HasPendingModelChanges().ShouldBeFalse("an entity changed without a migration for this provider");
    }

    [Fact]
    public async Task MigratePassage_NewSqliteFile_IsReadableAndWritableByItsOwnerOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var folder = Directory.CreateTempSubdirectory("passage-schema-");
        var file = Path.Combine(folder.FullName, "sub", "passage.db");
        try
        {
            await using (var db = new PassageDbContext(new DbContextOptionsBuilder<PassageDbContext>().UsePassageDatabase($"Data Source={file}").Options))
            {
                await db.Database.MigratePassageAsync();
                (await db.Persons.CountAsync()).ShouldBe(0);
            }

            SqliteConnection.ClearAllPools();
            File.GetUnixFileMode(file).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }
}
