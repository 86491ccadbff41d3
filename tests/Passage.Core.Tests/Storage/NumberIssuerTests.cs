using Passage.Core.Storage;
using Passage.Testing;

namespace Passage.Core.Tests.Storage;

public class NumberIssuerTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task NextAsync_CalledTwice_IssuesConsecutiveNumbers(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var db = database.CreateContext();

        var first = await NumberIssuer.NextAsync(db, NumberSequence.Persons);
        var second = await NumberIssuer.NextAsync(db, NumberSequence.Persons);

        first.ShouldBe(1);
        second.ShouldBe(2);
        NumberIssuer.RegistrationNumber(second).ShouldBe("PSG-000002");
    }
}
