using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Passage.Core.Demo;
using Passage.Core.Registry.Matching;
using Passage.Core.Tests.Demo;
using Passage.Testing;

namespace Passage.Core.Tests.Registry.Matching;

/// <summary>A one-word search on the demo operation: the family of that name first, in either script and any spelling.</summary>
public class SurnameSearchTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Hosseini")]
    [InlineData(DatabaseProvider.Sqlite, "Husseini")]
    [InlineData(DatabaseProvider.Sqlite, "حسینی")]
    [InlineData(DatabaseProvider.Postgres, "Hosseini")]
    public async Task Search_OneSurname_ListsThatFamilyBeforeAnyoneElse(DatabaseProvider provider, string query)
    {
        using var database = TestDatabase.Create(provider, Clock);
        await using var services = DemoOperationTests.Services(database);
        await DemoOperation.SeedAsync(services, 300, CancellationToken.None);
        await using var db = database.CreateContext();
        var index = new RegistryIndex();
        await index.RebuildAsync(db);
        var family = (await db.Persons.Where(p => p.FamilyNameArabic == "حسینی").Select(p => p.Id).ToListAsync()).ToHashSet();

        var hits = index.Search(PersonMatchRecords.ForName(query), 50).ToList();

        family.Count.ShouldBeGreaterThan(0, "the demo operation has a Hosseini family");
        var firstOther = hits.FindIndex(h => !family.Contains(h.PersonId));
        var lastFamily = hits.FindLastIndex(h => family.Contains(h.PersonId));
        hits.Count(h => family.Contains(h.PersonId)).ShouldBe(Math.Min(family.Count, 50), "every Hosseini is listed");
        (firstOther < 0 || firstOther > lastFamily).ShouldBeTrue("no one else comes before a Hosseini");
    }
}
