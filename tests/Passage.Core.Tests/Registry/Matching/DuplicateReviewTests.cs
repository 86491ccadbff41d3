using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Registry;
using Passage.Core.Registry.Matching;
using Passage.Testing;

namespace Passage.Core.Tests.Registry.Matching;

public class DuplicateReviewTests
{
    internal static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    private static PersonDetails Latin(string given, string family, string birth, string father) =>
        new(given, family, father, null, null, null, "Male", birth, "B", "12");

    internal static async Task<(TestDatabase Database, RegistryIndex Index, Person Original, Person Duplicate)> RegistryWithADuplicateAsync(DatabaseProvider provider)
    {
        var database = TestDatabase.Create(provider, Clock);
        database.Actor.Set("u1", "registration@test", null, [Roles.Registration]);
        var index = new RegistryIndex();
        await using var db = database.CreateContext();
        var register = new RegisterPerson(db, database.Actor, Clock);
        var original = (await register.ExecuteAsync(Latin("Mohammad", "Hosseini", "1984-03-02", "Ali"))).Value;
        var duplicate = (await register.ExecuteAsync(Latin("Muhammad", "Husseini", "1984-03-02", "Ali"))).Value;
        await register.ExecuteAsync(Latin("Zahra", "Karimi", "1990", "Reza") with { Sex = "Female" });
        await index.RebuildAsync(db);
        return (database, index, original, duplicate);
    }

    /// <summary>Starts a scan as the test's actor and runs it to its end, as the background worker would.</summary>
    internal static async Task<DuplicateScanView> ScanAsync(TestDatabase database, RegistryIndex index)
    {
        await using var db = database.CreateContext();
        var started = await new StartDuplicateScan(db, database.Actor, new DuplicateScanQueue(), Clock).ExecuteAsync();
        return await new ScanForDuplicates(db, index, Clock).ExecuteAsync(started.Value.Id);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Scan_RegistryWithOneDuplicate_ProposesThePairOnceWithItsExplanation(DatabaseProvider provider)
    {
        var (database, index, original, duplicate) = await RegistryWithADuplicateAsync(provider);
        using var _ = database;
        await using var db = database.CreateContext();

        (await ScanAsync(database, index)).PairsProposed.ShouldBe(1);
        (await ScanAsync(database, index)).PairsProposed.ShouldBe(0);

        var row = (await new OpenDuplicateReviews(db, database.Actor, index).ExecuteAsync()).Value.Items.ShouldHaveSingleItem();
        new[] { row.A.Id, row.B.Id }.ShouldBe([original.Id, duplicate.Id], ignoreOrder: true);
        row.Result.Explanation.ShouldContain(e => e.Field == "name");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Decide_Separate_RemembersDifferentPeopleAndTheScanDoesNotProposeThemAgain(DatabaseProvider provider)
    {
        var (database, index, _, _) = await RegistryWithADuplicateAsync(provider);
        using var __ = database;
        await using var db = database.CreateContext();
        await ScanAsync(database, index);
        var review = await db.DuplicateReviews.SingleAsync();

        var decided = await new DecideDuplicate(db, database.Actor, index, Clock).ExecuteAsync(review.Id, merge: false, null, "Twins, different mothers' records");

        decided.Value.Status.ShouldBe(DuplicateReviewStatus.Separated);
        (await db.DistinctPersons.SingleAsync()).Reason.ShouldBe("Twins, different mothers' records");
        (await new OpenDuplicateReviews(db, database.Actor, index).ExecuteAsync()).Value.Total.ShouldBe(0);
        (await ScanAsync(database, index)).PairsProposed.ShouldBe(0);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Decide_Merge_KeepsOneRecordAndTheOtherLeavesListsCasesAndSearchWithItsHistory(DatabaseProvider provider)
    {
        var (database, index, original, duplicate) = await RegistryWithADuplicateAsync(provider);
        using var _ = database;
        await using var db = database.CreateContext();
        await ScanAsync(database, index);
        var review = await db.DuplicateReviews.SingleAsync();

        var withoutReason = await new DecideDuplicate(db, database.Actor, index, Clock).ExecuteAsync(review.Id, merge: true, original.Id, " ");
        var merged = await new DecideDuplicate(db, database.Actor, index, Clock).ExecuteAsync(review.Id, merge: true, original.Id, "Same person, registered twice at two desks");
        var again = await new DecideDuplicate(db, database.Actor, index, Clock).ExecuteAsync(review.Id, merge: false, null, "changed my mind");

        withoutReason.Problem!.Kind.ShouldBe(ProblemKind.Validation);
        merged.Value.Status.ShouldBe(DuplicateReviewStatus.Merged);
        again.Problem!.Kind.ShouldBe(ProblemKind.Refused);
        var list = new ListPersons(db, database.Actor, new AuditLog(db, database.Actor, Clock), Clock);
        (await list.ExecuteAsync(new PersonFilter())).Value.Items.Select(r => r.Id).ShouldNotContain(duplicate.Id);
        index.Search(PersonMatchRecords.ForName("Muhammad Husseini"), 5).Select(h => h.PersonId).ShouldNotContain(duplicate.Id);
        var kept = await db.Persons.IgnoreQueryFilters().AsNoTracking().SingleAsync(p => p.Id == duplicate.Id);
        kept.MergedIntoId.ShouldBe(original.Id);
        (await db.CaseEvents.CountAsync(e => e.CaseId == duplicate.CaseId && e.Kind == CaseEventKind.MemberLeft && e.Reason.StartsWith("Merged into " + original.RegistrationNumber))).ShouldBe(1);
        (await db.AuditEntries.CountAsync(a => a.EntityType == nameof(Person) && a.EntityId == duplicate.Id.ToString() && a.Action == AuditAction.Updated)).ShouldBe(1);
    }
}
