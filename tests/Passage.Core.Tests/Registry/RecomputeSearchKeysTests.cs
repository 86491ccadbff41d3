using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Registry;
using Passage.Core.Storage;
using Passage.Testing;

namespace Passage.Core.Tests.Registry;

public class RecomputeSearchKeysTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData("حســین", "حسین")]
    [InlineData("علاء", "علا")]
    [InlineData("رضائي", "رضایی")]
    [InlineData("\u200Fكريم\u200F", "کریم")]
    [InlineData("ۀ", "ه")]
    [InlineData("Ḥosseinī", "hosseini")]
    [InlineData("۱۳۶۲", "1362")]
    public void Tokens_ArabicScriptAndLatin_FoldLikeTheMatchingEngine(string text, string token) =>
        PersonSearchKey.Tokens(text).ShouldBe([token]);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Recompute_KeysMadeByOlderRules_AreReplacedSoTheNameIsFoundAndTheVersionIsRecorded(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider, Clock);
        database.Actor.Set("u1", "registration@test", null, [Roles.Registration]);
        await using var db = database.CreateContext();
        var person = (await new RegisterPerson(db, database.Actor, Clock).ExecuteAsync(
            new PersonDetails("Hossein", "Rezaei", "Ali", "حســین", "رضایی", null, "Male", "1968", "B", "12"))).Value;
        await MakeKeysAsTheOldRulesDidAsync(db, person.Id, ["hossein", "rezaei", "ali", "حســین", "رضایی"]);
        var list = new ListPersons(db, database.Actor, new AuditLog(db, database.Actor, Clock), Clock);
        (await list.ExecuteAsync(new PersonFilter(Query: "حسین"))).Value.Items.ShouldBeEmpty();

        var recomputed = await new RecomputeSearchKeys(db, new AuditLog(db, database.Actor, Clock)).ExecuteAsync();

        recomputed.ShouldBe(1);
        (await list.ExecuteAsync(new PersonFilter(Query: "حسین"))).Value.Items.ShouldHaveSingleItem().Id.ShouldBe(person.Id);
        (await db.PersonSearchKeys.Where(k => k.PersonId == person.Id).Select(k => k.Key).ToListAsync())
            .ShouldBe(["hossein", "rezaei", "ali", "حسین", "رضایی"], ignoreOrder: true);
        (await db.StoredKeyVersions.SingleAsync()).Version.ShouldBe(PersonSearchKey.CurrentVersion);
        (await db.AuditEntries.SingleAsync(a => a.EntityType == nameof(PersonSearchKey) && a.EntityId == "all")).Detail.ShouldBe("search keys recomputed for 1 persons (rules version 2)");
        (await new RecomputeSearchKeys(db, new AuditLog(db, database.Actor, Clock)).ExecuteAsync()).ShouldBe(0);
    }

    /// <summary>Replaces a person's stored keys, as a database written before the rules changed holds them.</summary>
    private static async Task MakeKeysAsTheOldRulesDidAsync(PassageDbContext db, Guid personId, string[] keys)
    {
        db.ChangeTracker.Clear();
        await db.PersonSearchKeys.Where(k => k.PersonId == personId).ExecuteDeleteAsync();
        foreach (var key in keys)
        {
            db.Add(new PersonSearchKey(key)).Property(k => k.PersonId).CurrentValue = personId;
        }

        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }
}
