using Passage.Testing;

namespace Passage.Core.Tests.Storage;

/// <summary>A test's database leaves nothing behind in the temporary folder: neither its file nor its field keys.</summary>
public sealed class TestDatabaseCleanupTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void Dispose_AfterSealingAField_RemovesTheKeyFolder(DatabaseProvider provider)
    {
        var database = TestDatabase.Create(provider);
        database.Cipher.Seal("whereabouts").ShouldNotBe("whereabouts");
        var folder = database.FieldKeysFolder;
        Directory.EnumerateFiles(folder).ShouldNotBeEmpty("sealing made the ring's first key");

        database.Dispose();

        Directory.Exists(folder).ShouldBeFalse();
    }
}
