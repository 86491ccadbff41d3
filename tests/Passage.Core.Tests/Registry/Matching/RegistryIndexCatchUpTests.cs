using Passage.Core.Accounts;
using Passage.Core.Registry;
using Passage.Core.Registry.Matching;
using Passage.Testing;

namespace Passage.Core.Tests.Registry.Matching;

/// <summary>The index of one process sees persons that another process (a second web node, the command line) wrote.</summary>
public class RegistryIndexCatchUpTests
{
    private static readonly TimeProvider Clock = DuplicateReviewTests.Clock;

    private static PersonDetails Latin(string given, string family, string birth = "1968", string? father = "Ali") =>
        new(given, family, father, null, null, null, "Male", birth, "B", "12");

    private static async Task<(TestDatabase Database, RegistryIndex Index, Person Existing)> BuiltIndexAsync(DatabaseProvider provider)
    {
        var database = TestDatabase.Create(provider, Clock);
        database.Actor.Set("u1", "registration@test", null, [Roles.Registration]);
        await using var db = database.CreateContext();
        var existing = (await new RegisterPerson(db, database.Actor, Clock).ExecuteAsync(Latin("Zahra", "Ahmadi", "1990") with { Sex = "Female" })).Value;
        var index = new RegistryIndex();
        await index.RebuildAsync(db);
        return (database, index, existing);
    }

    private static bool Finds(RegistryIndex index, string name, Guid personId) =>
        index.Search(PersonMatchRecords.ForName(name), 3).Any(h => h.PersonId == personId && h.Result.Probability > 0.5);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task CatchUp_PersonRegisteredByAnotherProcess_IsFoundByFuzzySearchAfterTheTick(DatabaseProvider provider)
    {
        var (database, index, _) = await BuiltIndexAsync(provider);
        using var _ = database;
        await using (var otherProcess = database.CreateContext())
        {
            var written = (await new RegisterPerson(otherProcess, database.Actor, Clock).ExecuteAsync(Latin("Hossein", "Rezaei"))).Value;
            Finds(index, "Husein Rezayi", written.Id).ShouldBeFalse();

            await using var db = database.CreateContext();
            (await index.CatchUpAsync(db)).ShouldBe(1);

            Finds(index, "Husein Rezayi", written.Id).ShouldBeTrue();
            Finds(index, "حسین رضایی", written.Id).ShouldBeTrue();
            index.Count.ShouldBe(2);
            (await index.CatchUpAsync(db)).ShouldBe(0);
            index.Count.ShouldBe(2);
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task CatchUp_PersonRenamedByAnotherProcess_IsFoundUnderTheNewNameOnly(DatabaseProvider provider)
    {
        var (database, index, existing) = await BuiltIndexAsync(provider);
        using var _ = database;
        await using var otherProcess = database.CreateContext();
        var renamed = await new UpdatePerson(otherProcess, database.Actor, Clock).ExecuteAsync(
            existing.Id, existing.Version, Latin("Zahra", "Moradi", "1990") with { Sex = "Female" });
        renamed.Succeeded.ShouldBeTrue();

        await using var db = database.CreateContext();
        (await index.CatchUpAsync(db)).ShouldBe(1);

        Finds(index, "Zahra Moradi", existing.Id).ShouldBeTrue();
        Finds(index, "Zahra Ahmadi", existing.Id).ShouldBeFalse();
        index.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task CatchUp_MergeDecidedOnAnotherNode_RemovesTheMergedRecordAndFindsTheKeptOneUnderItsName(DatabaseProvider provider)
    {
        var (database, index, _) = await BuiltIndexAsync(provider);
        using var _ = database;
        Person original;
        Person duplicate;
        await using (var setup = database.CreateContext())
        {
            var register = new RegisterPerson(setup, database.Actor, Clock);
            original = (await register.ExecuteAsync(Latin("Mohammad", "Hosseini", "1984-03-02"))).Value;
            duplicate = (await register.ExecuteAsync(Latin("Muhammad", "Husseini", "1984-03-02"))).Value;
        }

        await using var db = database.CreateContext();
        await index.CatchUpAsync(db);
        var otherNode = new RegistryIndex();
        await otherNode.RebuildAsync(db);
        await DuplicateReviewTests.ScanAsync(database, otherNode);
        await using (var otherProcess = database.CreateContext())
        {
            var review = otherProcess.DuplicateReviews.Single();
            (await new DecideDuplicate(otherProcess, database.Actor, otherNode, Clock).ExecuteAsync(review.Id, merge: true, original.Id, "Registered twice")).Succeeded.ShouldBeTrue();
        }

        index.Count.ShouldBe(3);
        (await index.CatchUpAsync(db)).ShouldBe(2);

        index.Count.ShouldBe(2);
        index.Search(PersonMatchRecords.ForName("Muhammad Husseini"), 5).Select(h => h.PersonId).ShouldNotContain(duplicate.Id);
        Finds(index, "Muhammad Husseini", original.Id).ShouldBeTrue();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task CatchUp_ChangeMadeByThisProcess_IsNotAppliedTwice(DatabaseProvider provider)
    {
        var (database, index, _) = await BuiltIndexAsync(provider);
        using var _ = database;
        await using var db = database.CreateContext();
        await new RegisterPerson(db, database.Actor, Clock, index).ExecuteAsync(Latin("Hossein", "Rezaei"));

        (await index.CatchUpAsync(db)).ShouldBe(0);
        index.Count.ShouldBe(2);
    }
}
