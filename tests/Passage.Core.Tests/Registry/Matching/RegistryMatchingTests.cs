using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Common;
using Passage.Core.Registry;
using Passage.Core.Registry.Matching;
using Passage.Core.Storage;
using Passage.Matching.Scoring;
using Passage.Testing;

namespace Passage.Core.Tests.Registry.Matching;

public class RegistryMatchingTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    private static PersonDetails Latin(string given, string family, string birth = "1968", string? father = "Ali") =>
        new(given, family, father, null, null, null, "Male", birth, "B", "12");

    private static async Task<(TestDatabase Database, RegistryIndex Index, Dictionary<string, Person> People)> RegistryAsync(DatabaseProvider provider)
    {
        var database = TestDatabase.Create(provider, Clock);
        database.Actor.Set("u1", "registration@test", null, [Roles.Registration]);
        var index = new RegistryIndex();
        var people = new Dictionary<string, Person>();
        await using var db = database.CreateContext();
        var register = new RegisterPerson(db, database.Actor, Clock);
        foreach (var (key, details) in new[]
        {
            ("hossein", Latin("Hossein", "Rezaei")),
            ("karimi", Latin("Hossein", "Karimi", "1975", "Reza")),
            ("maryam", new PersonDetails("Maryam", "Hosseini", "Mahmoud", "مریم", "حسینی", "محمود", "Female", "1985-02", "C", "3")),
            ("zahra", Latin("Zahra", "Ahmadi", "1990") with { Sex = "Female" }),
        })
        {
            people[key] = (await register.ExecuteAsync(details)).Value;
        }

        await index.RebuildAsync(db);
        return (database, index, people);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Search_NameInArabicScriptOfAPersonRegisteredInLatin_FindsThemFirst(DatabaseProvider provider)
    {
        var (database, index, people) = await RegistryAsync(provider);
        using var _ = database;

        var hits = index.Search(PersonMatchRecords.ForName("حسین رضایی"), 3);

        hits[0].PersonId.ShouldBe(people["hossein"].Id);
        hits[0].Result.Probability.ShouldBeGreaterThan(hits.Count > 1 ? hits[1].Result.Probability : 0);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ListPersons_AnotherLatinSpelling_IsRankedFirstWithItsScore(DatabaseProvider provider)
    {
        var (database, index, people) = await RegistryAsync(provider);
        using var _ = database;
        await using var db = database.CreateContext();
        var list = new ListPersons(db, database.Actor, new AuditLog(db, database.Actor, Clock), Clock, index);

        var page = (await list.ExecuteAsync(new PersonFilter(Query: "Maryam Husseini"))).Value;

        page.Items[0].Id.ShouldBe(people["maryam"].Id);
        page.Items[0].Score!.Value.ShouldBeGreaterThan(0.5);
        page.Items.ShouldNotContain(r => r.Id == people["zahra"].Id);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task FindDuplicates_SamePersonSpelledDifferently_IsProposedWithAnExplanation(DatabaseProvider provider)
    {
        var (database, index, people) = await RegistryAsync(provider);
        using var _ = database;
        await using var db = database.CreateContext();

        var candidates = (await new FindDuplicates(db, database.Actor, index, Clock).ExecuteAsync(Latin("Husein", "Rezayi"))).Value;

        var candidate = candidates.ShouldHaveSingleItem();
        candidate.PersonId.ShouldBe(people["hossein"].Id);
        candidate.Result.Decision.ShouldNotBe(MatchDecision.NonMatch);
        candidate.Result.Explanation.Select(e => e.Field).ShouldContain("name");
        (candidate.Result.PriorWeight + candidate.Result.Explanation.Sum(e => e.Weight)).ShouldBe(candidate.Result.LogOdds, 1e-9);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task FindDuplicates_NamesakeBornDecadesLater_IsNotProposed(DatabaseProvider provider)
    {
        var (database, index, people) = await RegistryAsync(provider);
        using var _ = database;
        await using var db = database.CreateContext();
        var find = new FindDuplicates(db, database.Actor, index, Clock);

        var namesake = (await find.ExecuteAsync(Latin("Hossein", "Rezaei", "2011-04-03", "Javad"))).Value;
        var same = (await find.ExecuteAsync(Latin("Hossein", "Rezaei", "1968", "Ali"))).Value;

        namesake.ShouldNotContain(c => c.PersonId == people["hossein"].Id);
        same.ShouldContain(c => c.PersonId == people["hossein"].Id && c.Result.Decision == MatchDecision.Match);
    }

    [Fact]
    public void RegistryPrior_LargerRegistry_IsSmaller()
    {
        RegistryPrior.For(100_000).ShouldBeLessThan(RegistryPrior.For(3_000));
        RegistryPrior.For(10).ShouldBe(RegistryPrior.For(RegistryPrior.SmallestRegistry));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RegisterPerson_ConfirmedAsADifferentPerson_IsRememberedAndNotProposedAgain(DatabaseProvider provider)
    {
        var (database, index, people) = await RegistryAsync(provider);
        using var _ = database;
        await using var db = database.CreateContext();
        var namesake = Latin("Hossein", "Rezaei", "1968", "Ali");
        var find = new FindDuplicates(db, database.Actor, index, Clock);
        var proposed = (await find.ExecuteAsync(namesake)).Value.Select(c => c.PersonId).ToList();
        proposed.ShouldContain(people["hossein"].Id);

        var withoutReason = await new RegisterPerson(db, database.Actor, Clock, index).ExecuteAsync(namesake, null, new DistinctFrom(proposed, " "));
        var registered = (await new RegisterPerson(db, database.Actor, Clock, index).ExecuteAsync(namesake, null, new DistinctFrom(proposed, "Different mother and camp history"))).Value;

        withoutReason.Problem!.Errors!.Keys.ShouldBe(["DistinctReason"]);
        var remembered = await db.DistinctPersons.AsNoTracking().SingleAsync();
        remembered.Reason.ShouldBe("Different mother and camp history");
        (await find.ExecuteAsync(namesake, registered.Id)).Value.ShouldNotContain(c => c.PersonId == people["hossein"].Id);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RegisterPerson_LikelyDuplicateNotConfirmed_AnswersTheCandidatesAndSavesNothing(DatabaseProvider provider)
    {
        var (database, index, people) = await RegistryAsync(provider);
        using var _ = database;
        await using var db = database.CreateContext();
        var before = await db.Persons.CountAsync();
        var namesake = Latin("Hossein", "Rezaei", "1968", "Ali");

        var unconfirmed = await new RegisterPerson(db, database.Actor, Clock, index).ExecuteAsync(namesake);
        var partly = await new RegisterPerson(db, database.Actor, Clock, index).ExecuteAsync(namesake, null, new DistinctFrom([Guid.NewGuid()], "Another person"));

        unconfirmed.Problem!.Kind.ShouldBe(ProblemKind.LikelyDuplicate);
        LikelyDuplicates.In(unconfirmed.Problem).ShouldContain(c => c.PersonId == people["hossein"].Id);
        partly.Problem!.Kind.ShouldBe(ProblemKind.LikelyDuplicate);
        (await db.Persons.CountAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Index_PersonRegisteredOrRenamedAfterTheBuild_IsFoundUnderTheCurrentNameOnly(DatabaseProvider provider)
    {
        var (database, index, people) = await RegistryAsync(provider);
        using var _ = database;
        await using var db = database.CreateContext();

        var added = (await new RegisterPerson(db, database.Actor, Clock, index).ExecuteAsync(Latin("Abolfazl", "Moradi", "2001"))).Value;
        var zahra = await db.Persons.SingleAsync(p => p.Id == people["zahra"].Id);
        var renamed = await new UpdatePerson(db, database.Actor, Clock, index).ExecuteAsync(zahra.Id, zahra.Version, Latin("Zohreh", "Sadeghi", "1990") with { Sex = "Female" });

        renamed.Succeeded.ShouldBeTrue();
        renamed.Value.NameKeys.ShouldNotBeEmpty();
        index.Search(PersonMatchRecords.ForName("Abolfazl Moradi"), 1)[0].PersonId.ShouldBe(added.Id);
        index.Search(PersonMatchRecords.ForName("Zohreh Sadeghi"), 1)[0].PersonId.ShouldBe(zahra.Id);
        index.Search(PersonMatchRecords.ForName("Zahra Ahmadi"), 5)
            .Where(h => h.Result.Decision == MatchDecision.Match).ShouldNotContain(h => h.PersonId == zahra.Id);
        index.Count.ShouldBe(5);
    }
}
