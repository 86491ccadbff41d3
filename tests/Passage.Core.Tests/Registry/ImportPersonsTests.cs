using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Registry;
using Passage.Core.Registry.Import;
using Passage.Core.Registry.Matching;
using Passage.Core.Storage;
using Passage.Testing;

namespace Passage.Core.Tests.Registry;

public class ImportPersonsTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    private static ImportPersons Import(PassageDbContext db, Actor actor, RegistryIndex? index = null) =>
        new(db, actor, new AuditLog(db, actor, Clock), Clock, index);

    private static MemoryStream Csv(string text) => new(Encoding.UTF8.GetBytes(text));

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ExecuteAsync_GoodFile_RegistersEveryoneGroupsFamiliesAndAudits(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider, Clock);
        database.Actor.Set("u1", "registration@test", null, [Roles.Registration]);
        await using var db = database.CreateContext();
        var index = new RegistryIndex();
        await index.RebuildAsync(db);

        var result = await Import(db, database.Actor, index).ExecuteAsync(Csv(ImportParsingTests.GoodCsv()), PersonFileFormat.Csv);

        result.Value.ShouldBe(new ImportSummary(3, 2, 0));
        index.Count.ShouldBe(3);
        await using var check = database.CreateContext();
        var persons = await check.Persons.Include(p => p.Aliases).Include(p => p.Needs).OrderBy(p => p.RegistrationNumber).ToListAsync();
        persons.Select(p => p.RegistrationNumber).ShouldBe(["PSG-000001", "PSG-000002", "PSG-000003"]);
        persons[0].CaseId.ShouldBe(persons[1].CaseId);
        persons[2].CaseId.ShouldNotBe(persons[0].CaseId);
        persons[0].Aliases.Select(a => a.Name).ShouldBe(["Husain Husseini", "Hosein Hosseini"], ignoreOrder: true);
        persons[2].Needs.Select(n => n.Code).ShouldBe(["SM", "DS"], ignoreOrder: true);
        (await check.Cases.Include(c => c.Events).SingleAsync(c => c.Id == persons[0].CaseId)).Events.Count(e => e.Reason == ImportPersons.Reason).ShouldBe(2);
        (await check.AuditEntries.Where(a => a.EntityType == nameof(Person) && a.Action == AuditAction.Created && a.UserName == "registration@test")
            .Select(a => a.EntityId).Distinct().CountAsync()).ShouldBe(3);
        var importEntry = await check.AuditEntries.SingleAsync(a => a.Action == AuditAction.Imported);
        importEntry.Detail.ShouldBe("import: 3 persons, 2 new cases, 0 existing cases");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ExecuteAsync_OneBadRowAmongGoodOnes_ImportsNothingAndListsTheLine(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider, Clock);
        database.Actor.Set("u1", "registration@test", null, [Roles.Registration]);
        await using var db = database.CreateContext();
        var csv = ImportParsingTests.GoodCsv() + "Ali,Rezaei,,,,,Male,1980-02-30,A,3,,,\n";

        var result = await Import(db, database.Actor).ExecuteAsync(Csv(csv), PersonFileFormat.Csv);

        result.Problem.ShouldNotBeNull().Kind.ShouldBe(ProblemKind.Validation);
        result.Problem.Errors!["line 5: BirthDate"].ShouldBe(["That day does not exist in that month."]);
        result.Problem.Detail.ShouldBe("Nothing was imported: 1 line has errors. Correct them and import the whole file again.");
        await using var check = database.CreateContext();
        (await check.Persons.CountAsync()).ShouldBe(0);
        (await check.Cases.CountAsync()).ShouldBe(0);
        (await check.AuditEntries.CountAsync()).ShouldBe(0);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ExecuteAsync_CaseNumbers_JoinAnOpenCaseAndRefuseUnknownOrClosedOnes(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider, Clock);
        database.Actor.Set("u1", "registration@test", null, [Roles.Registration]);
        await using (var setup = database.CreateContext())
        {
            (await new RegisterPerson(setup, database.Actor, Clock).ExecuteAsync(RegistryUseCaseTests.Details())).Succeeded.ShouldBeTrue();
            var walkOut = (await new RegisterPerson(setup, database.Actor, Clock).ExecuteAsync(RegistryUseCaseTests.Details("Ali"))).Value;
            var closed = await setup.Cases.SingleAsync(c => c.Id == walkOut.CaseId);
            closed.TryMove(CaseStatus.Withdrawn, "Withdrew from the process", new CaseFacts(1, []), database.Actor, Clock.GetUtcNow()).Succeeded.ShouldBeTrue();
            await setup.SaveChangesAsync();
        }

        const string header = "GivenName,FamilyName,Sex,BirthDate,CampBlock,CampUnit,CaseNumber\n";
        await using var db = database.CreateContext();
        var refused = await Import(db, database.Actor).ExecuteAsync(Csv(header + "Zahra,Rezaei,Female,1970,B,12,C-000001\nAli,Rezaei,Male,1999,B,12,C-000777\nReza,Rezaei,Male,2001,B,12,C-000002\n"), PersonFileFormat.Csv);
        var joined = await Import(db, database.Actor).ExecuteAsync(Csv(header + "Zahra,Rezaei,Female,1970,B,12,c-000001\n"), PersonFileFormat.Csv);

        refused.Problem.ShouldNotBeNull().Errors!["line 3: CaseNumber"].ShouldBe(["There is no case C-000777."]);
        refused.Problem.Errors!["line 4: CaseNumber"].ShouldBe(["Case C-000002 is Withdrawn; a closed case takes no new members."]);
        joined.Value.ShouldBe(new ImportSummary(1, 0, 1));
        await using var check = database.CreateContext();
        (await check.Persons.CountAsync(p => p.CaseId == check.Cases.Single(c => c.CaseNumber == "C-000001").Id)).ShouldBe(2);
        (await check.Persons.CountAsync()).ShouldBe(3);
        var joinedCase = await check.Cases.SingleAsync(c => c.CaseNumber == "C-000001");
        joinedCase.Members.ShouldBe(2);
        (await check.AuditEntries.SingleAsync(a => a.EntityType == nameof(Passage.Core.Cases.Case) && a.EntityId == joinedCase.Id.ToString() && a.Action == AuditAction.Updated))
            .Detail.ShouldBe("import; fields: Members; joined: 1");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ExecuteAsync_Xlsx_RegistersTheRows(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider, Clock);
        database.Actor.Set("u1", "registration@test", null, [Roles.Registration]);
        await using var db = database.CreateContext();
        using var file = ImportParsingTests.Workbook(
            ["GivenName", "FamilyName", "FamilyNameArabic", "Sex", "BirthDate", "CampBlock", "CampUnit", "FamilyKey"],
            ["Masoud", "Karimi", "کریمی", "Male", "1975", "D", "40", "k"],
            ["Leila", "Karimi", "کریمی", "Female", "1979-05", "D", "40", "k"]);

        var result = await Import(db, database.Actor).ExecuteAsync(file, PersonFileFormat.Xlsx);

        result.Value.ShouldBe(new ImportSummary(2, 1, 0));
        await using var check = database.CreateContext();
        (await check.Persons.Where(p => p.FamilyNameArabic == "کریمی").CountAsync()).ShouldBe(2);
    }

    [Theory]
    [InlineData(Roles.Protection)]
    [InlineData(Roles.Viewer)]
    [InlineData(Roles.Administrator)]
    public async Task ExecuteAsync_RoleWithoutImport_IsRefusedAndImportsNothing(string role)
    {
        using var database = TestDatabase.Create(DatabaseProvider.Sqlite, Clock);
        database.Actor.Set("u1", "someone@test", null, [role]);
        await using var db = database.CreateContext();

        var result = await Import(db, database.Actor).ExecuteAsync(Csv(ImportParsingTests.GoodCsv()), PersonFileFormat.Csv);

        result.Problem.ShouldNotBeNull().Kind.ShouldBe(ProblemKind.Refused);
        (await db.Persons.CountAsync()).ShouldBe(0);
    }
}
