using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Interviews;
using Passage.Core.Protection;
using Passage.Core.Registry;
using Passage.Core.Storage;
using Passage.Core.Storage.Encryption;
using Passage.Core.Tests.Pledges;
using Passage.Testing;

namespace Passage.Core.Tests.Protection;

/// <summary>
/// Whereabouts and interview notes are sealed in the database: the raw database (the SQLite file's bytes; every row of
/// every PostgreSQL table as text) holds none of them, while the use cases read them back; a rotation seals them again.
/// </summary>
public class SealedFieldsTests
{
    private const string Whereabouts = "Shelter of the Sisters of Mercy, room 12";
    private const string Concern = "Threatened by a cousin in block C";
    private const string OthersPresent = "Her brother Javad";
    private const string PreferenceNote = "Aunt lives in Hamburg";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RawDatabase_AfterWalkOutAndInterview_HoldsNoPlaintextButUseCasesReadIt(DatabaseProvider provider)
    {
        using var scene = ResettlementScene.Create(provider);
        var family = await scene.FamilyAsync();
        (await scene.InterviewAsync(family.Mother.Id, ResettlementScene.Interview(
            ResettlementChoice.Resettle, Concern, alone: true, preferences: [new PreferenceDetails("DE", PreferenceReason.FamilyThere, PreferenceNote)]))).Succeeded.ShouldBeTrue();
        (await scene.InterviewAsync(family.Father.Id, ResettlementScene.Interview(ResettlementChoice.Resettle) with { InterviewedAlone = false, OthersPresent = OthersPresent }))
            .Succeeded.ShouldBeTrue();
        await using (var setup = scene.Context())
        {
            await ProtectionScene.AddUserAsync(setup, ProtectionScene.Officer, Roles.Protection);
        }

        (await ProtectionScene.RecordAsync(scene, family.CaseId, ProtectionScene.WalkOut(Whereabouts))).Succeeded.ShouldBeTrue();

        foreach (var secret in new[] { Whereabouts, Concern, OthersPresent, PreferenceNote })
        {
            (await RawDatabaseContainsAsync(scene.Database, secret)).ShouldBeFalse(secret);
        }

        await using var db = scene.Context();
        (await RawAsync(db, "SELECT \"Whereabouts\" AS \"Value\" FROM \"WalkOuts\"")).ShouldAllBe(v => v.StartsWith("pf1:"));
        var protection = scene.As(Roles.Protection);
        (await new ViewWalkOut(db, protection, new AuditLog(db, protection, scene.Clock)).ExecuteAsync(family.CaseId)).Value.Whereabouts.ShouldBe(Whereabouts);
        var interviews = (await new ViewInterviews(db, protection, new AuditLog(db, protection, scene.Clock)).ExecuteAsync(family.Mother.Id)).Value;
        interviews.Interviews.Single().Record!.ProtectionConcerns.ShouldBe(Concern);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RotateFieldKeys_RetiringOldKeys_SealsEveryValueAgainAndTheyStillRead(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var database = TestDatabase.Create(provider, clock);
        database.Actor.Set("registration", "registration@test", null, [Roles.Registration]);
        Guid caseId;
        await using (var setup = database.CreateContext())
        {
            caseId = (await new RegisterPerson(setup, database.Actor, clock).ExecuteAsync(ResettlementScene.Details("Maryam", "Sadeghi", "1990", "مریم", "صادقی", "Female"))).Value.CaseId;
            await ProtectionScene.AddUserAsync(setup, ProtectionScene.Officer, Roles.Protection);
            var version = await setup.Cases.Where(c => c.Id == caseId).Select(c => c.Version).SingleAsync();
            database.Actor.Set("protection", "protection@test", null, [Roles.Protection]);
            (await new RecordWalkOut(setup, database.Actor, new AuditLog(setup, database.Actor, clock), new CaseFactsQuery(setup, clock), clock)
                .ExecuteAsync(caseId, ProtectionScene.WalkOut(Whereabouts), version)).Succeeded.ShouldBeTrue();
        }

        await using var db = database.CreateContext();
        const string Raw = "SELECT \"Whereabouts\" AS \"Value\" FROM \"WalkOuts\"";
        var before = (await RawAsync(db, Raw)).Single();
        var refused = await new RotateFieldKeys(db, database.Actor, new AuditLog(db, database.Actor, clock), clock).ExecuteAsync(true);
        database.Actor.ActAsConsoleOperator();

        var rotation = await new RotateFieldKeys(db, database.Actor, new AuditLog(db, database.Actor, clock), clock).ExecuteAsync(true);

        refused.Problem!.Kind.ShouldBe(ProblemKind.Refused);
        rotation.Value.Resealed.ShouldBe(1);
        database.Cipher.Keys().Where(k => k.Revoked).ShouldNotBeEmpty();
        database.Cipher.Keys().Single(k => !k.Revoked).Id.ShouldBe(rotation.Value.KeyId);
        var after = (await RawAsync(db, Raw)).Single();
        after.ShouldNotBe(before);
        database.Cipher.Open(after).ShouldBe(Whereabouts);

        // A copy of the database taken before the rotation holds the value as it was sealed then: the retired key no longer
        // opens it. The key ring is reloaded in the background after a revocation, so the process may take a moment to see it.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (Opens(database.Cipher, before) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Should.Throw<System.Security.Cryptography.CryptographicException>(() => database.Cipher.Open(before));
        database.Actor.Set("protection", "protection@test", null, [Roles.Protection]);
        await using var fresh = database.CreateContext();
        (await new ViewWalkOut(fresh, database.Actor, new AuditLog(fresh, database.Actor, clock)).ExecuteAsync(caseId)).Value.Whereabouts.ShouldBe(Whereabouts);
    }

    private static bool Opens(FieldCipher cipher, string stored)
    {
        try
        {
            cipher.Open(stored);
            return true;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return false;
        }
    }

    private static Task<List<string>> RawAsync(PassageDbContext db, string sql) => db.Database.SqlQueryRaw<string>(sql).ToListAsync();

    /// <summary>Whether the text is anywhere in the raw database: the SQLite file and its journal, or any row of any PostgreSQL table.</summary>
    internal static async Task<bool> RawDatabaseContainsAsync(TestDatabase database, string text)
    {
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            var file = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
            var bytes = Encoding.UTF8.GetBytes(text);
            return new[] { file, file + "-wal", file + "-journal" }.Where(File.Exists)
                .Any(f => File.ReadAllBytes(f).AsSpan().IndexOf(bytes) >= 0);
        }

        await using var db = database.CreateContext();
        foreach (var table in db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct())
        {
            var sql = "SELECT count(*)::int AS \"Value\" FROM \"" + table + "\" t WHERE t::text LIKE {0}";
            var found = await db.Database.SqlQueryRaw<int>(sql, "%" + text + "%").SingleAsync();
            if (found > 0)
            {
                return true;
            }
        }

        return false;
    }
}
