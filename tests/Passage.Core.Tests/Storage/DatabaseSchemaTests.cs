using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Storage;

namespace Passage.Core.Tests.Storage;

public class DatabaseSchemaTests
{
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
