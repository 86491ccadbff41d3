using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Testing;

namespace Passage.Core.Tests.Audit;

/// <summary>
/// The audit hash chain against someone who edits, removes or adds rows directly in the database (first switching off
/// the append-only triggers, as the database's owner can): verification names the first entry that was tampered with.
/// </summary>
public class AuditChainTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Saves_ChainTheirEntries_AndVerificationFindsTheLogIntact(DatabaseProvider provider)
    {
        using var database = await WithEntriesAsync(provider, 5);

        var verification = await VerifyAsync(database);

        verification.Outcome.ShouldBe(AuditChainOutcome.Intact);
        verification.EntriesChecked.ShouldBe(5);
        verification.LastSequence.ShouldBe(5);
        await using var db = database.CreateContext();
        var entries = await db.AuditEntries.OrderBy(e => e.Sequence).ToListAsync();
        entries.Select(e => e.Sequence).ShouldBe([1, 2, 3, 4, 5, 6]);
        entries[0].PreviousHash.ShouldBe(AuditHash.Genesis);
        entries[1].PreviousHash.ShouldBe(entries[0].Hash);
        entries[5].EntityType.ShouldBe(nameof(AuditVerification));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task AnEditedEntry_IsNamed(DatabaseProvider provider)
    {
        using var database = await WithEntriesAsync(provider, 5);
        await TamperAsync(database, "UPDATE \"AuditEntries\" SET \"Detail\" = 'nothing to see' WHERE \"Sequence\" = 3");

        var verification = await VerifyAsync(database);

        verification.Outcome.ShouldBe(AuditChainOutcome.Changed);
        verification.FirstBadSequence.ShouldBe(3);
        verification.EntriesChecked.ShouldBe(3);
        verification.Finding!.ShouldStartWith("Entry #3 (id ");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task AnEntryRewrittenWithAFreshHash_IsNamedByTheEntryAfterIt(DatabaseProvider provider)
    {
        using var database = await WithEntriesAsync(provider, 5);
        await TamperAsync(database, "UPDATE \"AuditEntries\" SET \"UserName\" = 'someone else' WHERE \"Sequence\" = 2");
        await RehashAsync(database, 2, 2);

        var verification = await VerifyAsync(database);

        verification.Outcome.ShouldBe(AuditChainOutcome.Changed);
        verification.FirstBadSequence.ShouldBe(2);
        verification.Finding!.ShouldContain("entry #3");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ADeletedEntry_IsNamed(DatabaseProvider provider)
    {
        using var database = await WithEntriesAsync(provider, 5);
        await TamperAsync(database, "DELETE FROM \"AuditEntries\" WHERE \"Sequence\" = 4");

        var verification = await VerifyAsync(database);

        verification.Outcome.ShouldBe(AuditChainOutcome.Removed);
        verification.FirstBadSequence.ShouldBe(4);
        verification.Finding!.ShouldStartWith("Entry #4 was removed");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task TheLastEntryDeleted_IsNamed(DatabaseProvider provider)
    {
        using var database = await WithEntriesAsync(provider, 5);
        await TamperAsync(database, "DELETE FROM \"AuditEntries\" WHERE \"Sequence\" = 5");

        var verification = await VerifyAsync(database);

        verification.Outcome.ShouldBe(AuditChainOutcome.Removed);
        verification.FirstBadSequence.ShouldBe(5);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task AnEntryInsertedOutsideTheChain_IsNamedByItsId(DatabaseProvider provider)
    {
        using var database = await WithEntriesAsync(provider, 3);
        await TamperAsync(database, """
            INSERT INTO "AuditEntries" ("At", "UserId", "UserName", "Address", "Action", "EntityType", "EntityId", "Detail")
            SELECT "At", "UserId", 'intruder', "Address", "Action", "EntityType", "EntityId", "Detail" FROM "AuditEntries" WHERE "Sequence" = 1
            """);
        await using var db = database.CreateContext();
        var inserted = await db.AuditEntries.SingleAsync(e => e.UserName == "intruder");

        var verification = await VerifyAsync(database);

        verification.Outcome.ShouldBe(AuditChainOutcome.Inserted);
        verification.Finding.ShouldBe($"The entry with id {inserted.Id} has no place in the chain: it was inserted around the application.");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task AnEntryInsertedPastTheHead_IsNamed(DatabaseProvider provider)
    {
        using var database = await WithEntriesAsync(provider, 3);
        await TamperAsync(database, """
            INSERT INTO "AuditEntries" ("At", "UserId", "UserName", "Address", "Action", "EntityType", "EntityId", "Detail", "Sequence", "PreviousHash", "Hash")
            SELECT "At", "UserId", 'intruder', "Address", "Action", "EntityType", "EntityId", "Detail", 4, "Hash", "Hash" FROM "AuditEntries" WHERE "Sequence" = 3
            """);

        var verification = await VerifyAsync(database);

        verification.Outcome.ShouldBe(AuditChainOutcome.Inserted);
        verification.FirstBadSequence.ShouldBe(4);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task AChainRewrittenFromAnEntryOn_PassesAlone_ButNotAgainstAnEarlierAnchor(DatabaseProvider provider)
    {
        using var database = await WithEntriesAsync(provider, 5);
        var first = await VerifyAsync(database);
        var anchor = new AuditAnchor(first.LastSequence, first.LastHash, first.At);
        await using (var stream = new MemoryStream())
        {
            await anchor.WriteAsync(stream);
            stream.Position = 0;
            (await AuditAnchor.ReadAsync(stream)).ShouldBe(anchor);
        }

        await TamperAsync(database, "UPDATE \"AuditEntries\" SET \"Detail\" = 'rewritten' WHERE \"Sequence\" = 3");
        await RehashAsync(database, 3, 6);

        (await VerifyAsync(database)).Outcome.ShouldBe(AuditChainOutcome.Intact);
        var against = await VerifyAsync(database, anchor);
        against.Outcome.ShouldBe(AuditChainOutcome.Rewritten);
        against.FirstBadSequence.ShouldBe(5);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ConcurrentWriters_NeverForkTheChain(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        const int writers = 6, saves = 15;
        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < saves; i++)
            {
                await using var db = database.CreateContext();
                db.AuditEntries.Add(AuditEntry.Record(database.Actor, AuditAction.Viewed, "Person", $"{w}-{i}", null, database.Clock.GetUtcNow()));
                db.AuditEntries.Add(AuditEntry.Record(database.Actor, AuditAction.Viewed, "Case", $"{w}-{i}", null, database.Clock.GetUtcNow()));
                await db.SaveChangesAsync();
            }
        })));

        var verification = await VerifyAsync(database);

        verification.Outcome.ShouldBe(AuditChainOutcome.Intact);
        verification.EntriesChecked.ShouldBe(writers * saves * 2);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task EntriesWrittenBeforeTheChain_StayOutsideIt_AndTheChainStartsAfterThem(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider, migration: BeforeTheChain(provider));
        await using (var db = database.CreateContext())
        {
            var now = provider == DatabaseProvider.Sqlite ? "0" : "now()";
            var insert = $"""
                INSERT INTO "AuditEntries" ("At", "UserId", "UserName", "Action", "EntityType", "EntityId")
                VALUES ({now}, 'u0', 'before', 4, 'Person', 'x')
                """;
            await db.Database.ExecuteSqlRawAsync(insert);
            await db.Database.MigrateAsync();
        }

        await using (var db = database.CreateContext())
        {
            db.AuditEntries.Add(AuditEntry.Record(database.Actor, AuditAction.Viewed, "Person", "y", null, database.Clock.GetUtcNow()));
            await db.SaveChangesAsync();
            (await db.AuditChainHeads.SingleAsync()).ChainedAfterId.ShouldBe(1);
            (await db.AuditEntries.SingleAsync(e => e.UserName == "before")).Sequence.ShouldBeNull();
        }

        var verification = await VerifyAsync(database);

        verification.Outcome.ShouldBe(AuditChainOutcome.Intact);
        verification.EntriesChecked.ShouldBe(1);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task AUserWithoutTheAuditorRole_CannotVerify(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        database.Actor.Set("u1", "registration@test", null, [Roles.Registration]);
        await using var db = database.CreateContext();

        var result = await new VerifyAuditChain(db, database.Actor, database.Clock).ExecuteAsync("test");

        result.Succeeded.ShouldBeFalse();
        (await db.AuditVerifications.CountAsync()).ShouldBe(0);
    }

    private static string BeforeTheChain(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider, migration: "Initial");
        using var db = database.CreateContext();
        var all = db.Database.GetMigrations().ToList();
        return all[all.FindIndex(m => m.EndsWith("_AuditChain", StringComparison.Ordinal)) - 1];
    }

    private static async Task<TestDatabase> WithEntriesAsync(DatabaseProvider provider, int count)
    {
        var database = TestDatabase.Create(provider);
        for (var i = 1; i <= count; i++)
        {
            await using var db = database.CreateContext();
            db.AuditEntries.Add(AuditEntry.Record(database.Actor, AuditAction.Viewed, "Person", $"p{i}", $"entry {i}", database.Clock.GetUtcNow()));
            await db.SaveChangesAsync();
        }

        return database;
    }

    private static async Task<AuditVerification> VerifyAsync(TestDatabase database, AuditAnchor? anchor = null)
    {
        database.Actor.Set("a1", "auditor@test", null, [Roles.Auditor]);
        await using var db = database.CreateContext();
        var result = await new VerifyAuditChain(db, database.Actor, database.Clock).ExecuteAsync("test", anchor);
        return result.Value;
    }

    /// <summary>Runs SQL as the database's owner would, past the append-only triggers.</summary>
    private static async Task TamperAsync(TestDatabase database, string sql)
    {
        await using var db = database.CreateContext();
        await db.Database.ExecuteSqlRawAsync(database.Provider == DatabaseProvider.Sqlite
            ? "DROP TRIGGER IF EXISTS \"AuditEntries_NoUpdate\"; DROP TRIGGER IF EXISTS \"AuditEntries_NoDelete\";"
            : "ALTER TABLE \"AuditEntries\" DISABLE TRIGGER USER;");
        await db.Database.ExecuteSqlRawAsync(sql);
    }

    /// <summary>Gives entries <paramref name="from"/> to <paramref name="to"/> fresh hashes (linking each to the one before), then the head.</summary>
    private static async Task RehashAsync(TestDatabase database, long from, long to)
    {
        await using var db = database.CreateContext();
        var previous = (await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Sequence == from - 1)).Hash!;
        for (var sequence = from; sequence <= to; sequence++)
        {
            await db.Database.ExecuteSqlAsync($"UPDATE \"AuditEntries\" SET \"PreviousHash\" = {previous} WHERE \"Sequence\" = {sequence}");
            var entry = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Sequence == sequence);
            previous = AuditHash.Of(entry);
            await db.Database.ExecuteSqlAsync($"UPDATE \"AuditEntries\" SET \"Hash\" = {previous} WHERE \"Sequence\" = {sequence}");
        }

        if (to > from)
        {
            await db.Database.ExecuteSqlAsync($"UPDATE \"AuditChainHeads\" SET \"Hash\" = {previous}");
        }
    }
}
