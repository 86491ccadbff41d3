using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Audit.BreakGlass;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Registry;
using Passage.Core.Storage;
using Passage.Core.Tests.Registry;
using Passage.Testing;

namespace Passage.Core.Tests.Audit;

public class BreakGlassTests
{
    private const string Reason = "Rocket attack on block B: the injured resident needs her medical needs known now";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Request_WithoutAReason_OpensNothingAndTheRefusalIsAuditedWithoutPersonalData(DatabaseProvider provider)
    {
        using var world = await World.CreateAsync(provider);
        var viewer = World.As("viewer", Roles.Viewer);
        await using var db = world.Context(viewer);

        var before = await world.ViewPerson(db, viewer).ExecuteAsync(world.Person.Id);
        var empty = await world.Request(db, viewer).ExecuteAsync(new BreakGlassRequest("Person", world.Person.Id, "  "));
        var tooShort = await world.Request(db, viewer).ExecuteAsync(new BreakGlassRequest("Person", world.Person.Id, "urgent"));
        var after = await world.ViewPerson(db, viewer).ExecuteAsync(world.Person.Id);

        before.Problem!.Kind.ShouldBe(ProblemKind.NotFound);
        empty.Problem!.Errors!.Keys.ShouldBe(["Reason"]);
        tooShort.Problem!.Errors!.Keys.ShouldBe(["Reason"]);
        after.Problem!.Kind.ShouldBe(ProblemKind.NotFound);
        (await db.BreakGlassGrants.CountAsync()).ShouldBe(0);
        var refusals = await db.AuditEntries.Where(a => a.Action == AuditAction.Refused && a.UserName == "viewer@test").ToListAsync();
        refusals.Count.ShouldBe(4);
        refusals.ShouldAllBe(a => a.EntityType == "Person" && a.EntityId == world.Person.Id.ToString());
        refusals.ShouldNotContain(a => a.Detail!.Contains("Hossein") || a.Detail.Contains("urgent"));
        (await db.AuditEntries.CountAsync(a => a.Action == AuditAction.Viewed)).ShouldBe(0);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Request_WithAReason_OpensBiodataAndNeedsUntilItExpires(DatabaseProvider provider)
    {
        using var world = await World.CreateAsync(provider);
        var tracing = World.As("tracing", Roles.Tracing);
        await using var db = world.Context(tracing);

        var granted = (await world.Request(db, tracing).ExecuteAsync(new BreakGlassRequest("person", world.Person.Id, Reason))).Value;
        var view = (await world.ViewPerson(db, tracing).ExecuteAsync(world.Person.Id)).Value;

        granted.ExpiresAt.ShouldBe(world.Clock.GetUtcNow().AddMinutes(BreakGlassSettings.DefaultMinutes));
        view.GivenName.ShouldBe("Hossein");
        view.Needs!.Select(n => n.Code).ShouldBe(["SM"]);
        view.BreakGlassUntil.ShouldBe(granted.ExpiresAt);
        view.FamilyLinks.ShouldBeEmpty();
        view.CaseHistory.ShouldBeNull();
        var id = world.Person.Id.ToString();
        (await db.AuditEntries.SingleAsync(a => a.Action == AuditAction.BreakGlassOpened)).EntityId.ShouldBe(id);
        (await db.AuditEntries.SingleAsync(a => a.Action == AuditAction.Created && a.EntityType == nameof(BreakGlassGrant))).UserName.ShouldBe("tracing@test");
        (await db.AuditEntries.SingleAsync(a => a.Action == AuditAction.Viewed && a.EntityId == id)).Detail.ShouldBe($"break-glass grant {granted.Id}");

        world.Clock.Advance(TimeSpan.FromMinutes(BreakGlassSettings.DefaultMinutes - 1));
        (await world.ViewPerson(db, tracing).ExecuteAsync(world.Person.Id)).Succeeded.ShouldBeTrue();
        world.Clock.Advance(TimeSpan.FromMinutes(1));
        (await world.ViewPerson(db, tracing).ExecuteAsync(world.Person.Id)).Problem!.Kind.ShouldBe(ProblemKind.NotFound);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Request_ForAMissingRecord_AnswersLikeAnExistingOneUntilAReasonIsGiven(DatabaseProvider provider)
    {
        using var world = await World.CreateAsync(provider);
        var viewer = World.As("viewer", Roles.Viewer);
        await using var db = world.Context(viewer);
        var missing = Guid.NewGuid();

        var existingNoReason = await world.Request(db, viewer).ExecuteAsync(new BreakGlassRequest("Person", world.Person.Id, ""));
        var missingNoReason = await world.Request(db, viewer).ExecuteAsync(new BreakGlassRequest("Person", missing, ""));
        var missingDenied = await world.ViewPerson(db, viewer).ExecuteAsync(missing);
        var existingDenied = await world.ViewPerson(db, viewer).ExecuteAsync(world.Person.Id);
        var missingWithReason = await world.Request(db, viewer).ExecuteAsync(new BreakGlassRequest("Person", missing, Reason));

        (missingNoReason.Problem!.Title, missingNoReason.Problem.Errors!.Single().Key).ShouldBe((existingNoReason.Problem!.Title, "Reason"));
        missingNoReason.Problem.Errors!["Reason"].ShouldBe(existingNoReason.Problem.Errors!["Reason"]);
        missingDenied.Problem.ShouldBe(existingDenied.Problem);
        missingWithReason.Problem!.Kind.ShouldBe(ProblemKind.NotFound);
        (await db.BreakGlassGrants.CountAsync()).ShouldBe(0);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, Roles.Security)]
    [InlineData(DatabaseProvider.Postgres, Roles.Security)]
    [InlineData(DatabaseProvider.Sqlite, Roles.Movement)]
    [InlineData(DatabaseProvider.Postgres, Roles.Movement)]
    public async Task Request_ByARoleThatSeesBiodataOnly_OpensTheSpecificNeedsInFull(DatabaseProvider provider, string role)
    {
        using var world = await World.CreateAsync(provider);
        var officer = World.As("officer", role);
        await using var db = world.Context(officer);

        var before = (await world.ViewPerson(db, officer).ExecuteAsync(world.Person.Id)).Value;
        (await world.Request(db, officer).ExecuteAsync(new BreakGlassRequest("Person", world.Person.Id, Reason))).Succeeded.ShouldBeTrue();
        var after = (await world.ViewPerson(db, officer).ExecuteAsync(world.Person.Id)).Value;

        before.Needs.ShouldBeNull();
        before.BreakGlassUntil.ShouldBeNull();
        after.Needs!.Single().Note.ShouldBe("Insulin twice a day");
        after.FamilyLinks.Select(l => l.RegistrationNumber).ShouldBe(before.FamilyLinks.Select(l => l.RegistrationNumber));
        after.FamilyLinks.ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Request_ForACase_OpensItsMembersButNotItsHistory(DatabaseProvider provider)
    {
        using var world = await World.CreateAsync(provider);
        var tracing = World.As("tracing", Roles.Tracing);
        await using var db = world.Context(tracing);

        var before = await world.ViewCase(db, tracing).ExecuteAsync(world.Person.CaseId);
        (await world.Request(db, tracing).ExecuteAsync(new BreakGlassRequest("Case", world.Person.CaseId, Reason))).Succeeded.ShouldBeTrue();
        var after = (await world.ViewCase(db, tracing).ExecuteAsync(world.Person.CaseId)).Value;
        var person = await world.ViewPerson(db, tracing).ExecuteAsync(world.Person.Id);

        before.Problem!.Kind.ShouldBe(ProblemKind.NotFound);
        after.Members.Select(m => m.Name).ShouldBe(["Hossein Rezaei", "Zahra Rezaei"]);
        after.History.ShouldBeEmpty();
        after.AvailableTransitions.ShouldBeEmpty();
        after.BreakGlassUntil.ShouldNotBeNull();
        person.Problem!.Kind.ShouldBe(ProblemKind.NotFound);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, Roles.Registration, "opens such records without")]
    [InlineData(DatabaseProvider.Postgres, Roles.Registration, "opens such records without")]
    [InlineData(DatabaseProvider.Sqlite, Roles.Administrator, "may not open records")]
    [InlineData(DatabaseProvider.Sqlite, Roles.Auditor, "may not open records")]
    [InlineData(DatabaseProvider.Postgres, Roles.CountryDelegate, "may not open records")]
    public async Task Request_ByARoleWithFullAccessOrNoneToBreakGlass_IsRefusedAndAudited(DatabaseProvider provider, string role, string because)
    {
        using var world = await World.CreateAsync(provider);
        var actor = World.As("someone", role);
        await using var db = world.Context(actor);

        var result = await world.Request(db, actor).ExecuteAsync(new BreakGlassRequest("Person", world.Person.Id, Reason));

        result.Problem!.Kind.ShouldBe(ProblemKind.Refused);
        result.Problem.Detail!.ShouldContain(because);
        (await db.BreakGlassGrants.CountAsync()).ShouldBe(0);
        (await db.AuditEntries.SingleAsync(a => a.Action == AuditAction.Refused && a.UserName == "someone@test")).EntityId.ShouldBe(world.Person.Id.ToString());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Review_ByTheAuditor_IsRecordedWithTheReviewerOnceAndLeavesTheQueue(DatabaseProvider provider)
    {
        using var world = await World.CreateAsync(provider);
        var viewer = World.As("viewer", Roles.Viewer);
        var grant = await world.GrantAsync(viewer);
        var auditor = World.As("auditor", Roles.Auditor);
        await using var db = world.Context(auditor);
        var list = new ListBreakGlassGrants(db, auditor, new AuditLog(db, auditor, world.Clock), world.Clock);

        var queue = (await list.ExecuteAsync(pendingOnly: true)).Value;
        var reviewed = await new ReviewBreakGlass(db, auditor, world.Clock).ExecuteAsync(grant.Id, true, "Attack on block B confirmed");
        var again = await new ReviewBreakGlass(db, auditor, world.Clock).ExecuteAsync(grant.Id, false, null);

        queue.Items.Select(g => (g.Id, g.UserName, g.Reason)).ShouldBe([(grant.Id, "viewer@test", Reason)]);
        reviewed.Value.Justified.ShouldBe(true);
        reviewed.Value.ReviewedBy.ShouldBe("auditor@test");
        again.Problem!.Kind.ShouldBe(ProblemKind.Refused);
        (await list.ExecuteAsync(pendingOnly: true)).Value.Total.ShouldBe(0);
        (await list.ExecuteAsync(pendingOnly: false)).Value.Items.Single().Justified.ShouldBe(true);
        var audited = await db.AuditEntries.SingleAsync(a => a.Action == AuditAction.Updated && a.EntityType == nameof(BreakGlassGrant));
        audited.UserName.ShouldBe("auditor@test");
        audited.EntityId.ShouldBe(grant.Id.ToString());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Review_NotJustified_ClosesTheRecordAtOnce(DatabaseProvider provider)
    {
        using var world = await World.CreateAsync(provider);
        var viewer = World.As("viewer", Roles.Viewer);
        var grant = await world.GrantAsync(viewer);
        var auditor = World.As("auditor", Roles.Auditor);
        await using var db = world.Context(auditor);

        var missingFinding = await new ReviewBreakGlass(db, auditor, world.Clock).ExecuteAsync(grant.Id, null, null);
        var open = await world.ViewPerson(db, viewer).ExecuteAsync(world.Person.Id);
        (await new ReviewBreakGlass(db, auditor, world.Clock).ExecuteAsync(grant.Id, false, "No emergency on record")).Succeeded.ShouldBeTrue();
        var closed = await world.ViewPerson(db, viewer).ExecuteAsync(world.Person.Id);

        missingFinding.Problem!.Errors!.Keys.ShouldBe(["Justified"]);
        open.Succeeded.ShouldBeTrue();
        closed.Problem!.Kind.ShouldBe(ProblemKind.NotFound);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Review_OfOnesOwnGrant_IsRefused_AndTheQueueIsForAuditorsOnly(DatabaseProvider provider)
    {
        using var world = await World.CreateAsync(provider);
        var both = World.As("both", Roles.Viewer, Roles.Auditor);
        var grant = await world.GrantAsync(both);
        var viewer = World.As("viewer", Roles.Viewer);
        await using var db = world.Context(both);

        var own = await new ReviewBreakGlass(db, both, world.Clock).ExecuteAsync(grant.Id, true, null);
        var byViewer = await new ReviewBreakGlass(db, viewer, world.Clock).ExecuteAsync(grant.Id, true, null);
        var queueForViewer = await new ListBreakGlassGrants(db, viewer, new AuditLog(db, viewer, world.Clock), world.Clock).ExecuteAsync(true);

        own.Problem!.Detail!.ShouldContain("Nobody reviews their own");
        byViewer.Problem!.Kind.ShouldBe(ProblemKind.NotFound);
        queueForViewer.Problem!.Kind.ShouldBe(ProblemKind.NotFound);
        (await db.BreakGlassGrants.SingleAsync()).ReviewedAt.ShouldBeNull();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Request_WithAConfiguredDuration_LastsThatLong(DatabaseProvider provider)
    {
        using var world = await World.CreateAsync(provider, BreakGlassSettings.FromMinutes(5));
        var viewer = World.As("viewer", Roles.Viewer);
        var grant = await world.GrantAsync(viewer);
        await using var db = world.Context(viewer);

        world.Clock.Advance(TimeSpan.FromMinutes(4));
        var during = await world.ViewPerson(db, viewer).ExecuteAsync(world.Person.Id);
        world.Clock.Advance(TimeSpan.FromMinutes(1));
        var after = await world.ViewPerson(db, viewer).ExecuteAsync(world.Person.Id);

        grant.ExpiresAt.ShouldBe(grant.GrantedAt.AddMinutes(5));
        during.Succeeded.ShouldBeTrue();
        after.Problem!.Kind.ShouldBe(ProblemKind.NotFound);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(BreakGlassSettings.MaxMinutes + 1)]
    public void Settings_OutOfRange_AreRefusedAtStart(int minutes) =>
        Should.Throw<ArgumentOutOfRangeException>(() => BreakGlassSettings.FromMinutes(minutes));

    /// <summary>A database with one resident who has a specific need, a relative in the same case, and a fake clock.</summary>
    private sealed class World(TestDatabase database, BreakGlassSettings settings, FakeTimeProvider clock, Person person) : IDisposable
    {
        public FakeTimeProvider Clock => clock;

        public Person Person => person;

        public static async Task<World> CreateAsync(DatabaseProvider provider, BreakGlassSettings? settings = null)
        {
            var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
            var database = TestDatabase.Create(provider, clock);
            database.Actor.Set("u1", "registration@test", null, [Roles.Registration]);
            await using var db = database.CreateContext();
            var register = new RegisterPerson(db, database.Actor, clock);
            var person = (await register.ExecuteAsync(RegistryUseCaseTests.Details() with { Needs = ["SM"] })).Value;
            var relative = (await register.ExecuteAsync(RegistryUseCaseTests.Details("Zahra", "Rezaei", "1970-03", "زهرا"), person.CaseId)).Value;
            db.FamilyLinks.Add(new FamilyLink(person.Id, relative.Id, Relationship.Spouse));
            await db.Database.ExecuteSqlRawAsync("UPDATE \"PersonNeeds\" SET \"Note\" = 'Insulin twice a day'");
            await db.SaveChangesAsync();
            return new World(database, settings ?? BreakGlassSettings.Default, clock, person);
        }

        public static Actor As(string name, params string[] roles)
        {
            var actor = new Actor();
            actor.Set(name, name + "@test", null, roles);
            return actor;
        }

        /// <summary>A context whose own audit entries (changes to records) are written as <paramref name="actor"/>.</summary>
        public PassageDbContext Context(Actor actor)
        {
            database.Actor.Set(actor.UserId, actor.UserName, null, actor.Roles);
            return database.CreateContext();
        }

        public ViewPerson ViewPerson(PassageDbContext db, Actor actor) => new(db, actor, new AuditLog(db, actor, clock), clock);

        public ViewCase ViewCase(PassageDbContext db, Actor actor) => new(db, actor, new AuditLog(db, actor, clock), clock);

        public RequestBreakGlass Request(PassageDbContext db, Actor actor) => new(db, actor, new AuditLog(db, actor, clock), settings, clock);

        public async Task<BreakGlassGrantView> GrantAsync(Actor actor)
        {
            await using var db = Context(actor);
            var result = await Request(db, actor).ExecuteAsync(new BreakGlassRequest("Person", person.Id, Reason));
            result.Succeeded.ShouldBeTrue(result.Problem?.Title);
            return result.Value;
        }

        public void Dispose() => database.Dispose();
    }
}
