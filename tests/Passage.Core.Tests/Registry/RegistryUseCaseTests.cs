using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Common;
using Passage.Core.Registry;
using Passage.Testing;

namespace Passage.Core.Tests.Registry;

public class RegistryUseCaseTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    internal static PersonDetails Details(string given = "Hossein", string family = "Rezaei", string birth = "1968", string? givenAr = "حسین", string? familyAr = "رضایی") =>
        new(given, family, "Ali", givenAr, familyAr, "علی", "Male", birth, "B", "12");

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RegisterPerson_ValidDetails_IssuesNumberOpensCaseAndAudits(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider, Clock);
        database.Actor.Set("u1", "registration@test", "127.0.0.1", [Roles.Registration]);
        await using var db = database.CreateContext();

        var first = await new RegisterPerson(db, database.Actor, Clock).ExecuteAsync(Details());
        var second = await new RegisterPerson(db, database.Actor, Clock).ExecuteAsync(Details("Zahra", "Rezaei", "1970-03", "زهرا"), first.Value.CaseId);

        first.Value.RegistrationNumber.ShouldBe("PSG-000001");
        second.Value.RegistrationNumber.ShouldBe("PSG-000002");
        second.Value.CaseId.ShouldBe(first.Value.CaseId);
        (await db.Cases.CountAsync()).ShouldBe(1);
        (await db.AuditEntries.CountAsync(a => a.EntityType == nameof(Person) && a.Action == AuditAction.Created && a.UserName == "registration@test")).ShouldBe(2);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RegisterPerson_InvalidDetails_SavesNothingAndNamesTheFields(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider, Clock);
        database.Actor.Set("u1", "registration@test", null, [Roles.Registration]);
        await using var db = database.CreateContext();

        var result = await new RegisterPerson(db, database.Actor, Clock).ExecuteAsync(Details(given: "", birth: "1968-13"));

        result.Succeeded.ShouldBeFalse();
        result.Problem!.Kind.ShouldBe(ProblemKind.Validation);
        result.Problem.Errors!.Keys.ShouldBe(["GivenName", "BirthDate"], ignoreOrder: true);
        (await db.Persons.CountAsync()).ShouldBe(0);
        (await db.Cases.CountAsync()).ShouldBe(0);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ListPersons_QueryByNamePrefixInEitherScript_FindsThePerson(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider, Clock);
        database.Actor.Set("u1", "registration@test", null, [Roles.Registration]);
        await using var db = database.CreateContext();
        var register = new RegisterPerson(db, database.Actor, Clock);
        await register.ExecuteAsync(Details());
        await register.ExecuteAsync(Details("Maryam", "Hosseini", "1985-02-11", "مریم", "حسینی"));
        var list = new ListPersons(db, database.Actor, new AuditLog(db, database.Actor, Clock), Clock);

        (await list.ExecuteAsync(new PersonFilter(Query: "hoss"))).Value.Items.Select(r => r.GivenName).ShouldBe(["Hossein", "Maryam"]);
        (await list.ExecuteAsync(new PersonFilter(Query: "hosseini"))).Value.Items.Select(r => r.GivenName).ShouldBe(["Maryam"]);
        (await list.ExecuteAsync(new PersonFilter(Query: "رضا"))).Value.Items.Select(r => r.GivenName).ShouldBe(["Hossein"]);
        (await list.ExecuteAsync(new PersonFilter(Query: "psg-000002"))).Value.Items.Select(r => r.GivenName).ShouldBe(["Maryam"]);
        (await list.ExecuteAsync(new PersonFilter(Query: "Rezaei Hossein"))).Value.Total.ShouldBe(1);
        (await list.ExecuteAsync(new PersonFilter(Query: "xyz"))).Value.Total.ShouldBe(0);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ViewPerson_RoleWithoutBiodata_IsNotFoundAndUnaudited(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider, Clock);
        database.Actor.Set("u1", "registration@test", null, [Roles.Registration]);
        await using var db = database.CreateContext();
        var person = (await new RegisterPerson(db, database.Actor, Clock).ExecuteAsync(Details())).Value;

        var viewer = new Actor();
        viewer.Set("u2", "viewer@test", null, [Roles.Viewer]);
        var denied = await new ViewPerson(db, viewer, new AuditLog(db, viewer, Clock), Clock).ExecuteAsync(person.Id);
        var missing = await new ViewPerson(db, database.Actor, new AuditLog(db, database.Actor, Clock), Clock).ExecuteAsync(Guid.NewGuid());

        denied.Problem!.Kind.ShouldBe(ProblemKind.NotFound);
        denied.Problem.ShouldBe(missing.Problem);
        (await db.AuditEntries.CountAsync(a => a.Action == AuditAction.Viewed)).ShouldBe(0);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ViewPerson_MovementOfficer_SeesEscortSummaryButNotTheNeeds(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider, Clock);
        database.Actor.Set("u1", "registration@test", null, [Roles.Registration]);
        await using var db = database.CreateContext();
        var details = Details() with { Needs = ["SM"] };
        var person = (await new RegisterPerson(db, database.Actor, Clock).ExecuteAsync(details)).Value;

        var movement = new Actor();
        movement.Set("u3", "movement@test", null, [Roles.Movement]);
        var seenByMovement = (await new ViewPerson(db, movement, new AuditLog(db, movement, Clock), Clock).ExecuteAsync(person.Id)).Value;
        var seenByRegistration = (await new ViewPerson(db, database.Actor, new AuditLog(db, database.Actor, Clock), Clock).ExecuteAsync(person.Id)).Value;

        seenByMovement.Needs.ShouldBeNull();
        seenByMovement.HasSpecificNeeds.ShouldBe(true);
        seenByRegistration.Needs!.Select(n => n.Code).ShouldBe(["SM"]);
        (await db.AuditEntries.CountAsync(a => a.Action == AuditAction.Viewed && a.EntityId == person.Id.ToString())).ShouldBe(2);
    }
}
