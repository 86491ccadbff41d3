using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Registry;
using Passage.Core.Tests.Registry;
using Passage.Testing;

namespace Passage.Core.Tests.Cases;

public class MoveCaseTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    private static async Task<Person> RegisterAsync(TestDatabase database)
    {
        database.Actor.Set("u1", "registration@test", null, [Roles.Registration]);
        await using var db = database.CreateContext();
        return (await new RegisterPerson(db, database.Actor, Clock).ExecuteAsync(RegistryUseCaseTests.Details())).Value;
    }

    private static MoveCase Move(Passage.Core.Storage.PassageDbContext db, Actor actor) =>
        new(db, actor, new AuditLog(db, actor, Clock), new CaseFactsQuery(db, Clock), Clock);

    private static Actor As(string role)
    {
        var actor = new Actor();
        actor.Set(role, role.ToLowerInvariant() + "@test", null, [role]);
        return actor;
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ExecuteAsync_AllowedTransition_ChangesStatusAndRecordsWhoWhenWhy(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider, Clock);
        var person = await RegisterAsync(database);
        await using var db = database.CreateContext();
        var version = (await db.Cases.SingleAsync()).Version;

        var result = await Move(db, As(Roles.Security)).ExecuteAsync(person.CaseId, CaseStatus.OnHold, "Screening hit under review", version);

        result.Succeeded.ShouldBeTrue();
        await using var check = database.CreateContext();
        var @case = await check.Cases.Include(c => c.Events).SingleAsync();
        @case.Status.ShouldBe(CaseStatus.OnHold);
        var last = @case.Events.OrderBy(e => e.Id).Last();
        (last.FromStatus, last.ToStatus, last.ActorName, last.Reason, last.At).ShouldBe((CaseStatus.Registered, CaseStatus.OnHold, "security@test", "Screening hit under review", Clock.GetUtcNow()));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ExecuteAsync_TransitionOwnedByTheInterviewFlow_IsRefusedNamingTheFlowAndAudited(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider, Clock);
        var person = await RegisterAsync(database);
        await using var db = database.CreateContext();

        var refused = await Move(db, As(Roles.Protection)).ExecuteAsync(person.CaseId, CaseStatus.Interviewed, "interviewed", 2);

        refused.Problem!.Kind.ShouldBe(ProblemKind.Refused);
        refused.Problem.Detail!.ShouldContain("only through recording the interview of every adult");
        (await db.Cases.AsNoTracking().SingleAsync()).Status.ShouldBe(CaseStatus.Registered);
        (await db.AuditEntries.CountAsync(a => a.Action == AuditAction.Refused)).ShouldBe(1);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ExecuteAsync_TwoOfficersFromTheSameVersion_SecondGetsConflictAndNothingIsLost(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider, Clock);
        var person = await RegisterAsync(database);
        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        var version = (await first.Cases.AsNoTracking().SingleAsync()).Version;

        var one = await Move(first, As(Roles.Registration)).ExecuteAsync(person.CaseId, CaseStatus.Withdrawn, "Withdrew from the process", version);
        var two = await Move(second, As(Roles.Security)).ExecuteAsync(person.CaseId, CaseStatus.OnHold, "screening", version);

        one.Succeeded.ShouldBeTrue();
        two.Problem!.Kind.ShouldBe(ProblemKind.Conflict);
        two.Problem.Title.ShouldBe("Changed by someone else.");
        await using var check = database.CreateContext();
        (await check.Cases.SingleAsync()).Status.ShouldBe(CaseStatus.Withdrawn);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ExecuteAsync_ConcurrentSavesOfTheSameCase_OnlyOneWins(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider, Clock);
        var person = await RegisterAsync(database);
        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        var a = await first.Cases.SingleAsync();
        var b = await second.Cases.SingleAsync();
        var facts = new CaseFacts(1, []);

        a.TryMove(CaseStatus.Withdrawn, "one", facts, As(Roles.Protection), Clock.GetUtcNow()).Succeeded.ShouldBeTrue();
        b.TryMove(CaseStatus.OnHold, "two", facts, As(Roles.Security), Clock.GetUtcNow()).Succeeded.ShouldBeTrue();
        await first.SaveChangesAsync();

        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task MovePersonToCase_ToANewCase_RecordsBothHistoriesAndWarnsOfFamilyLeftBehind(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider, Clock);
        var father = await RegisterAsync(database);
        await using var db = database.CreateContext();
        var son = (await new RegisterPerson(db, database.Actor, Clock).ExecuteAsync(RegistryUseCaseTests.Details("Ali", "Rezaei", "1999"), father.CaseId)).Value;
        db.FamilyLinks.Add(new FamilyLink(son.Id, father.Id, Relationship.Parent));
        await db.SaveChangesAsync();

        var moved = await new MovePersonToCase(db, database.Actor, Clock).ExecuteAsync(son.Id, null, "Married, own household");

        moved.Value.Warnings.ShouldHaveSingleItem().ShouldContain("PSG-000001");
        (await db.Persons.AsNoTracking().SingleAsync(p => p.Id == son.Id)).CaseId.ShouldBe(moved.Value.CaseId);
        (await db.CaseEvents.CountAsync(e => e.Kind == CaseEventKind.MemberLeft && e.CaseId == father.CaseId && e.Reason == "Married, own household")).ShouldBe(1);
        (await db.CaseEvents.CountAsync(e => e.Kind == CaseEventKind.MemberJoined && e.CaseId == moved.Value.CaseId)).ShouldBe(1);
    }
}
