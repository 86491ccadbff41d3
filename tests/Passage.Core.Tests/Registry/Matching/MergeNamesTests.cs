using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Registry;
using Passage.Core.Registry.Matching;
using Passage.Testing;

namespace Passage.Core.Tests.Registry.Matching;

public class MergeNamesTests
{
    private static readonly TimeProvider Clock = DuplicateReviewTests.Clock;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Merge_DuplicateSpelledDifferently_KeptPersonIsFoundUnderTheMergedNamesInBothScripts(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider, Clock);
        database.Actor.Set("u1", "registration@test", null, [Roles.Registration]);
        var index = new RegistryIndex();
        Person original;
        Person duplicate;
        await using (var setup = database.CreateContext())
        {
            var register = new RegisterPerson(setup, database.Actor, Clock);
            original = (await register.ExecuteAsync(new PersonDetails("Mohammad", "Hosseini", "Ali", null, null, null, "Male", "1984-03-02", "B", "12", ["Mohammad Hoseini"]))).Value;
            duplicate = (await register.ExecuteAsync(new PersonDetails("Muhammad", "Husseini", "Ali", "محمد", "حسینی", "علی", "Male", "1984-03-02", "B", "12", ["Mohammad  HOSEINI", "Abu Reza"]))).Value;
            await index.RebuildAsync(setup);
        }

        await DuplicateReviewTests.ScanAsync(database, index);
        await using var db = database.CreateContext();
        var review = await db.DuplicateReviews.SingleAsync();
        var aliasAuditBefore = await db.AuditEntries.CountAsync(a => a.EntityType == nameof(PersonAlias) && a.EntityId == $"PersonId={original.Id}");
        var personAuditBefore = await db.AuditEntries.CountAsync(a => a.EntityType == nameof(Person) && a.EntityId == original.Id.ToString() && a.Action == AuditAction.Updated);

        var merged = await new DecideDuplicate(db, database.Actor, index, Clock).ExecuteAsync(review.Id, merge: true, original.Id, "Registered twice");

        merged.Succeeded.ShouldBeTrue();
        var kept = await db.Persons.AsNoTracking().Include(p => p.Aliases).SingleAsync(p => p.Id == original.Id);
        kept.Aliases.Select(a => a.Name).ShouldBe(["Mohammad Hoseini", "Muhammad Husseini", "محمد حسینی", "Abu Reza"], ignoreOrder: true);
        index.Search(PersonMatchRecords.ForName("محمد حسینی"), 1).ShouldHaveSingleItem().PersonId.ShouldBe(original.Id);
        var list = new ListPersons(db, database.Actor, new AuditLog(db, database.Actor, Clock), Clock);
        (await list.ExecuteAsync(new PersonFilter(Query: "Abu Reza"))).Value.Items.ShouldHaveSingleItem().Id.ShouldBe(original.Id);
        (await db.AuditEntries.CountAsync(a => a.EntityType == nameof(PersonAlias) && a.Action == AuditAction.Created && a.EntityId == $"PersonId={original.Id}"))
            .ShouldBe(aliasAuditBefore + 3);
        (await db.AuditEntries.CountAsync(a => a.EntityType == nameof(Person) && a.EntityId == original.Id.ToString() && a.Action == AuditAction.Updated))
            .ShouldBe(personAuditBefore + 1);
        var aliasAudit = await db.AuditEntries.Where(a => a.EntityType == nameof(PersonAlias)).Select(a => a.Detail).ToListAsync();
        aliasAudit.ShouldAllBe(d => d == null || !d.Contains("Husseini"));
        _ = duplicate;
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Merge_DuplicateWithTheSameNames_AddsNoAlias(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider, Clock);
        database.Actor.Set("u1", "registration@test", null, [Roles.Registration]);
        var index = new RegistryIndex();
        Person original;
        await using (var setup = database.CreateContext())
        {
            var register = new RegisterPerson(setup, database.Actor, Clock);
            original = (await register.ExecuteAsync(new PersonDetails("Mohammad", "Hosseini", "Ali", "محمد", "حسینی", null, "Male", "1984-03-02", "B", "12"))).Value;
            await register.ExecuteAsync(new PersonDetails("MOHAMMAD", "Hosseini", "Ali", "محمد", "حسيني", null, "Male", "1984-03-02", "C", "1"));
            await index.RebuildAsync(setup);
        }

        await DuplicateReviewTests.ScanAsync(database, index);
        await using var db = database.CreateContext();
        var review = await db.DuplicateReviews.SingleAsync();

        await new DecideDuplicate(db, database.Actor, index, Clock).ExecuteAsync(review.Id, merge: true, original.Id, "Registered twice");

        (await db.PersonAliases.CountAsync(a => a.PersonId == original.Id)).ShouldBe(0);
    }
}
