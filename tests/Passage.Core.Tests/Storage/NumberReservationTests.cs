using Passage.Core.Storage;
using Passage.Testing;

namespace Passage.Core.Tests.Storage;

public class NumberReservationTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ReserveAsync_Block_IsNeverIssuedAgain(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var db = database.CreateContext();

        var single = await NumberIssuer.NextAsync(db, NumberSequence.Cases);
        var block = await NumberIssuer.ReserveAsync(db, NumberSequence.Cases, 500);
        var after = await NumberIssuer.NextAsync(db, NumberSequence.Cases);

        (single, block, after).ShouldBe((1, 2, 502));
        (await NumberIssuer.NextAsync(db, NumberSequence.Persons)).ShouldBe(1);
    }

    [Fact]
    public async Task ReserveAsync_NothingOrLess_IsABug()
    {
        using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        await using var db = database.CreateContext();

        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => NumberIssuer.ReserveAsync(db, NumberSequence.Cases, 0));
    }
}
