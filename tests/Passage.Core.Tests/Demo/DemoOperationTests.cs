using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Core.Demo;
using Passage.Core.Protection;
using Passage.Core.Registry;
using Passage.Core.Storage;
using Passage.Testing;

namespace Passage.Core.Tests.Demo;

public class DemoOperationTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void Plan_DefaultOperation_HasRealisticFamiliesAndShares()
    {
        var households = new DemoFamilyPlanner(new Random(DemoOperation.DefaultSeed), Today).Plan(DemoOperation.DefaultPersons);
        var persons = households.SelectMany(h => h.Members).ToList();

        persons.Count.ShouldBe(3000);
        households.Count.ShouldBeInRange(1250, 1550);
        households.ShouldAllBe(h => h.Members.Count >= 1 && h.Members.Count <= 8);
        households.Count(h => h.Members.Count == 1).ShouldBeGreaterThan(households.Count / 3);
        households.Count(h => h.Members.Count >= 5).ShouldBeGreaterThan(50);
        Share(persons, p => p.Needs!.Count > 0).ShouldBeInRange(0.12, 0.18);
        Share(persons, p => p.BirthDate!.Length == 4).ShouldBeInRange(0.12, 0.18);
        Share(persons, p => p.BirthDate!.Length == 7).ShouldBeInRange(0.07, 0.13);
        Share(persons, p => p.Aliases!.Count > 0).ShouldBeInRange(0.03, 0.08);
        Share(persons, p => p.Sex == "Female").ShouldBeInRange(0.35, 0.55);
        persons.ShouldAllBe(p => p.GivenNameArabic != null && p.FamilyNameArabic != null && p.FatherNameArabic != null);
        persons.ShouldAllBe(p => p.Validate(Today).Succeeded);
        persons.SelectMany(p => p.Needs!).Distinct().ShouldBeSubsetOf(SpecificNeed.Categories.Keys);
        persons.Select(p => p.CampBlock).Distinct().Order().ShouldBe(["A", "B", "C", "D", "E", "F", "G", "H"]);
        persons.Select(p => p.FamilyName).Distinct().Count().ShouldBeGreaterThan(50);
    }

    [Fact]
    public void Plan_Families_ShareTheFamilyNameAndChildrenCarryTheirFathersName()
    {
        var households = new DemoFamilyPlanner(new Random(7), Today).Plan(3000);

        households.Where(h => h.Members.Select(m => m.FamilyName + "|" + m.FamilyNameArabic).Distinct().Count() != 1).ShouldBeEmpty();
        var fatherhoods = households.SelectMany(h => h.Links
            .Where(l => l.Relationship == Relationship.Child && h.Members[l.From].Sex == "Male")
            .Select(l => (Father: h.Members[l.From], Child: h.Members[l.To]))).ToList();
        fatherhoods.Count.ShouldBeGreaterThan(500);
        fatherhoods.ShouldAllBe(f => f.Child.FatherName == f.Father.GivenName && f.Child.FatherNameArabic == f.Father.GivenNameArabic);
        households.SelectMany(h => h.Links).Count(l => l.Relationship == Relationship.Spouse).ShouldBeGreaterThan(300);
        households.Count(h => h.SiblingOfFirstMember is not null).ShouldBeGreaterThan(20);
        households.Where(h => h.SiblingOfFirstMember is not null).ShouldAllBe(h =>
            households[h.SiblingOfFirstMember!.Value.Household].Members[0].FatherNameArabic == h.Members[0].FatherNameArabic
            && households[h.SiblingOfFirstMember!.Value.Household].Members[0].FamilyNameArabic == h.Members[0].FamilyNameArabic);
    }

    [Fact]
    public void Plan_SameSeed_PlansTheSamePeople()
    {
        var first = new DemoFamilyPlanner(new Random(42), Today).Plan(500).SelectMany(h => h.Members).Select(Describe);
        var second = new DemoFamilyPlanner(new Random(42), Today).Plan(500).SelectMany(h => h.Members).Select(Describe);

        second.ShouldBe(first);
    }

    [Fact]
    public void Plan_SpellingsOfOneName_AreVariedButMostlyTheCommonOne()
    {
        var persons = new DemoFamilyPlanner(new Random(1), Today).Plan(3000).SelectMany(h => h.Members).ToList();
        var hosseinis = persons.Where(p => p.FamilyNameArabic == "حسینی").Select(p => p.FamilyName).ToList();

        hosseinis.Distinct().Count().ShouldBeGreaterThan(1);
        hosseinis.GroupBy(s => s).MaxBy(g => g.Count())!.Key.ShouldBe("Hosseini");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task SeedAsync_SmallOperation_StoresPersonsCasesHistoryAndOneAccountPerRole(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider, Clock);
        await using var services = Services(database);

        var result = await DemoOperation.SeedAsync(services, 400, CancellationToken.None);

        result.Persons.ShouldBe(400);
        result.Accounts.Select(a => a.Roles.Single()).Distinct().ShouldBe(Roles.All, ignoreOrder: true);
        result.Accounts.Count(a => a.IsSupervisor).ShouldBe(1);
        result.Accounts.Single(a => a.Roles[0] == Roles.CountryDelegate).CountryCode.ShouldBe("DE");
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PassageUser>>();
        foreach (var account in result.Accounts)
        {
            var user = (await users.FindByNameAsync(account.UserName)).ShouldNotBeNull();
            (await users.CheckPasswordAsync(user, account.Password)).ShouldBeTrue(account.UserName);
            (await users.GetRolesAsync(user)).ShouldBe(account.Roles);
        }

        await using var db = database.CreateContext();
        (await db.Persons.CountAsync()).ShouldBe(400);
        (await db.Cases.CountAsync()).ShouldBe(result.Cases);
        (await db.Persons.Select(p => p.RegistrationNumber).Distinct().CountAsync()).ShouldBe(400);
        var statuses = await db.Cases.Select(c => c.Status).Distinct().ToListAsync();
        statuses.Count.ShouldBeGreaterThan(4);
        statuses.ShouldContain(CaseStatus.Interviewed);
        var moves = await db.CaseEvents.Where(e => e.Kind == CaseEventKind.StatusChanged).ToListAsync();
        moves.ShouldNotBeEmpty();
        moves.Where(e => e.ToStatus == CaseStatus.Interviewed).ShouldAllBe(e => e.ActorName == "protection@demo.passage");
        (await db.CaseEvents.CountAsync(e => e.Kind == CaseEventKind.MemberJoined)).ShouldBe(400);
        (await db.PersonNeeds.CountAsync()).ShouldBeGreaterThan(20);
        var links = await db.FamilyLinks.Select(l => new { l.PersonId, l.RelatedPersonId, l.Relationship }).ToListAsync();
        links.ShouldNotBeEmpty();
        links.ShouldAllBe(l => links.Any(o => o.PersonId == l.RelatedPersonId && o.RelatedPersonId == l.PersonId && o.Relationship == FamilyLink.Inverse(l.Relationship)));
        var audit = await db.AuditEntries.SingleAsync(a => a.Action == AuditAction.Imported);
        audit.Detail.ShouldBe($"demo operation: 400 persons in {result.Cases} cases");
        var opened = await db.Persons.Where(p => p.RegisteredAt > Clock.GetUtcNow()).CountAsync();
        opened.ShouldBe(0);
        (await db.CaseEvents.CountAsync(e => e.Reason == ConfirmRepatriationDeparture.HistoryReason && e.ToStatus == CaseStatus.Departed)).ShouldBe(1);
        statuses.ShouldContain(CaseStatus.RepatriationRequested);
        statuses.ShouldContain(CaseStatus.RepatriationCleared);
        var progress = await db.Set<RepatriationProgress>().ToListAsync();
        progress.ShouldContain(p => p.OriginAccepted && !p.DocumentsIssued);
        progress.ShouldContain(p => p.OriginAccepted && p.DocumentsIssued);
        (await db.Set<WalkOut>().CountAsync()).ShouldBeGreaterThanOrEqualTo(2);
        (await db.AuditEntries.CountAsync(a => a.EntityType == nameof(WalkOut))).ShouldBeGreaterThanOrEqualTo(2);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task SeedAsync_DemoResidents_AreFoundByNameInEitherScriptAndByNeed(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider, Clock);
        await using var services = Services(database);
        await DemoOperation.SeedAsync(services, 300, CancellationToken.None);
        database.Actor.Set("u1", "registration@test", null, [Roles.Registration]);
        await using var db = database.CreateContext();
        var list = new ListPersons(db, database.Actor, new AuditLog(db, database.Actor, Clock), Clock);
        var someone = await db.Persons.OrderBy(p => p.RegistrationNumber).Skip(17).FirstAsync();

        var byLatin = await list.ExecuteAsync(new PersonFilter(Query: someone.GivenName[..3] + " " + someone.FamilyName));
        var byArabic = await list.ExecuteAsync(new PersonFilter(Query: someone.FamilyNameArabic));
        var byNumber = await list.ExecuteAsync(new PersonFilter(Query: someone.RegistrationNumber));
        var older = await list.ExecuteAsync(new PersonFilter(Need: "ER"));

        byLatin.Value.Items.Select(p => p.RegistrationNumber).ShouldContain(someone.RegistrationNumber);
        byArabic.Value.Items.Select(p => p.RegistrationNumber).ShouldContain(someone.RegistrationNumber);
        byNumber.Value.Items.Single().RegistrationNumber.ShouldBe(someone.RegistrationNumber);
        older.Value.Total.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task SeedAsync_RunTwice_AddsMorePersonsAndGivesWorkingNewPasswords()
    {
        using var database = TestDatabase.Create(DatabaseProvider.Sqlite, Clock);
        await using var services = Services(database);

        await DemoOperation.SeedAsync(services, 50, CancellationToken.None);
        var second = await DemoOperation.SeedAsync(services, 30, CancellationToken.None);

        await using var db = database.CreateContext();
        (await db.Persons.CountAsync()).ShouldBe(80);
        (await db.Persons.MaxAsync(p => p.RegistrationNumber)).ShouldBe("PSG-000080");
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PassageUser>>();
        var registration = second.Accounts.Single(a => a.UserName == "registration@demo.passage");
        (await users.CheckPasswordAsync((await users.FindByNameAsync(registration.UserName))!, registration.Password)).ShouldBeTrue();
        (await db.Users.CountAsync()).ShouldBe(Roles.All.Count + 2);
    }

    internal static ServiceProvider Services(TestDatabase database)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddPassageCore(database.ConnectionString, database.FieldKeysFolder);
        services.AddSingleton<TimeProvider>(Clock);
        services.AddIdentityCore<PassageUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<PassageDbContext>();
        return services.BuildServiceProvider();
    }

    private static double Share(List<PersonDetails> persons, Func<PersonDetails, bool> predicate) =>
        persons.Count(predicate) / (double)persons.Count;

    private static string Describe(PersonDetails p) =>
        $"{p.GivenName}|{p.FamilyName}|{p.FatherName}|{p.Sex}|{p.BirthDate}|{p.CampBlock}|{p.CampUnit}|{string.Join(';', p.Aliases!)}|{string.Join(';', p.Needs!)}";
}
