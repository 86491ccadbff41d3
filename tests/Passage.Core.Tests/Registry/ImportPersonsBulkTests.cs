using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Core.Registry;
using Passage.Core.Registry.Import;
using Passage.Core.Storage;
using Passage.Testing;

namespace Passage.Core.Tests.Registry;

/// <summary>An import written in bulk: one audit entry per person and field group on an intact chain, and progress as it goes.</summary>
public class ImportPersonsBulkTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private static readonly string[] Given = ["Hossein", "Zahra", "Mehdi", "Fatemeh", "Reza", "Maryam", "Ali", "Leila", "Hamid", "Saeedeh"];
    private static readonly string[] GivenArabic = ["حسین", "زهرا", "مهدی", "فاطمه", "رضا", "مریم", "علی", "لیلا", "حمید", "سعیده"];
    private static readonly string[] Family = ["Hosseini", "Rezaei", "Karimi", "Mousavi", "Ahmadi", "Rahimi", "Sharifi", "Bagheri"];

    private static ImportPersons Import(PassageDbContext db, Actor actor) => new(db, actor, new AuditLog(db, actor, Clock), Clock);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ExecuteAsync_AuditsEachPersonOncePerFieldGroupAndEachCaseOnce_AndTheChainStillVerifies(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider, Clock);
        database.Actor.Set("u1", "registration@test", null, [Roles.Registration]);
        await using (var before = database.CreateContext())
        {
            (await new RegisterPerson(before, database.Actor, Clock).ExecuteAsync(RegistryUseCaseTests.Details("Omid"))).Succeeded.ShouldBeTrue();
        }

        await using var db = database.CreateContext();
        var rowEntriesBefore = await RowEntriesAsync(db);
        var result = await Import(db, database.Actor).ExecuteAsync(new MemoryStream(Encoding.UTF8.GetBytes(ImportParsingTests.GoodCsv())), PersonFileFormat.Csv);

        result.Value.ShouldBe(new ImportSummary(3, 2, 0));
        await using var check = database.CreateContext();
        var imported = await check.Persons.Where(p => p.GivenName != "Omid").OrderBy(p => p.RegistrationNumber).ToListAsync();
        var entries = await check.AuditEntries.Where(a => a.Detail != null && a.Detail.StartsWith("import")).ToListAsync();
        var byPerson = entries.Where(a => a.EntityType == nameof(Person)).ToLookup(a => a.EntityId);
        byPerson[imported[0].Id.ToString()].Select(a => a.Detail).ShouldBe(
        [
            "import, line 2; Biodata: GivenName, FamilyName, FatherName, GivenNameArabic, FamilyNameArabic, FatherNameArabic, Sex, BirthDate, CampBlock, CampUnit, Aliases",
            "import, line 2; SpecificNeeds: Needs",
        ], ignoreOrder: true);
        byPerson[imported[1].Id.ToString()].Select(a => a.Detail).ShouldBe(
            ["import, line 3; Biodata: GivenName, FamilyName, FatherName, GivenNameArabic, FamilyNameArabic, FatherNameArabic, Sex, BirthDate, CampBlock, CampUnit"]);
        byPerson[imported[2].Id.ToString()].Count().ShouldBe(2);
        entries.Where(a => a.EntityType == nameof(Passage.Core.Cases.Case)).Select(a => a.Detail).ShouldBe(["import; opened; members: 2", "import; opened; members: 1"], ignoreOrder: true);
        (await RowEntriesAsync(check)).ShouldBe(rowEntriesBefore);

        var chained = await check.AuditEntries.CountAsync(a => a.Sequence != null);
        database.Actor.Set("a1", "auditor@test", null, [Roles.Auditor]);
        var verified = await new VerifyAuditChain(check, database.Actor, Clock).ExecuteAsync("test", null, null);
        verified.Value.Intact.ShouldBeTrue(verified.Value.Finding);
        verified.Value.EntriesChecked.ShouldBe(chained);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ExecuteAsync_MoreRowsThanABatch_WritesThemInBatchesAndReportsEach(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider, Clock);
        database.Actor.Set("u1", "registration@test", null, [Roles.Registration]);
        await using var db = database.CreateContext();
        var rows = (2 * ImportPersons.BatchSize) + 7;
        var progress = new Lines();

        var result = await Import(db, database.Actor).ExecuteAsync(new MemoryStream(Encoding.UTF8.GetBytes(Csv(rows))), PersonFileFormat.Csv, progress);

        result.Value.Persons.ShouldBe(rows);
        progress.All.ShouldBe(
        [
            $"Checked {rows} rows: all valid.",
            $"Saving {rows} persons in one transaction ...",
            $"Written {result.Value.NewCases} new cases.",
            $"Written {ImportPersons.BatchSize} of {rows} persons.",
            $"Written {2 * ImportPersons.BatchSize} of {rows} persons.",
            $"Written {rows} of {rows} persons.",
            $"Sealing {rows + result.Value.NewCases + 1} audit entries onto the chain ...",
            $"Committed {rows} persons in {result.Value.NewCases} new cases and 0 existing cases.",
        ]);
        await using var check = database.CreateContext();
        (await check.Persons.CountAsync()).ShouldBe(rows);
        (await check.PersonSearchKeys.Select(k => k.PersonId).Distinct().CountAsync()).ShouldBe(rows);
        (await check.AuditEntries.CountAsync(a => a.EntityType == nameof(Person) && a.Action == AuditAction.Created)).ShouldBe(rows);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ExecuteAsync_PersonsReadBackAsInTheFile_NumberedInFileOrder_AndFoundByTheirNames(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider, Clock);
        database.Actor.Set("u1", "registration@test", null, [Roles.Registration]);
        await using var db = database.CreateContext();

        var result = await Import(db, database.Actor).ExecuteAsync(new MemoryStream(Encoding.UTF8.GetBytes(ImportParsingTests.GoodCsv())), PersonFileFormat.Csv);

        result.Succeeded.ShouldBeTrue();
        await using var check = database.CreateContext();
        var persons = await check.Persons.Include(p => p.Aliases).Include(p => p.Needs).Include(p => p.SearchKeys).AsSplitQuery()
            .OrderBy(p => p.RegistrationNumber).ToListAsync();
        persons.Select(p => p.GivenName).ShouldBe(["Hossein", "Zahra", "Fatemeh"]);
        var first = persons[0];
        (first.FamilyName, first.FatherName, first.GivenNameArabic, first.FamilyNameArabic, first.FatherNameArabic, first.Sex, first.BirthDate.ToString(), first.CampBlock, first.CampUnit)
            .ShouldBe(("Hosseini", "Ali", "حسین", "حسینی", "علی", Sex.Male, "1968-04-09", "B", "12"));
        first.RegisteredAt.ShouldBe(Clock.GetUtcNow());
        first.Aliases.Select(a => a.Name).ShouldBe(["Husain Husseini", "Hosein Hosseini"], ignoreOrder: true);
        first.Needs.Select(n => n.Code).ShouldBe(["ER"]);
        persons[2].Needs.Select(n => n.Code).ShouldBe(["SM", "DS"], ignoreOrder: true);
        (persons[2].FamilyName, persons[2].FamilyNameArabic, persons[2].BirthMonth, persons[2].BirthDay).ShouldBe(("Rezaei, Tehrani", null, 2, null));
        foreach (var person in persons)
        {
            person.SearchKeys.Select(k => k.Key).ShouldBe(PersonSearchKey.For(person), ignoreOrder: true);
        }

        persons[0].CaseId.ShouldBe(persons[1].CaseId);
        var family = await check.Cases.Include(c => c.Events).SingleAsync(c => c.Id == persons[0].CaseId);
        family.Members.ShouldBe(2);
        family.Events.Where(e => e.RegistrationNumber != null).Select(e => e.RegistrationNumber).ShouldBe([persons[0].RegistrationNumber, persons[1].RegistrationNumber], ignoreOrder: true);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ExecuteAsync_CancelledWhileWritingPersons_LeavesNoPersonNoCaseNoEntry(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider, Clock);
        database.Actor.Set("u1", "registration@test", null, [Roles.Registration]);
        await using var db = database.CreateContext();
        var entriesBefore = await db.AuditEntries.CountAsync();
        var rows = (2 * ImportPersons.BatchSize) + 7;
        using var cancel = new CancellationTokenSource();
        var progress = new CancelOn($"Written {ImportPersons.BatchSize} of {rows} persons.", cancel);

        OperationCanceledException? cancelled = null;
        try
        {
            await Import(db, database.Actor).ExecuteAsync(new MemoryStream(Encoding.UTF8.GetBytes(Csv(rows))), PersonFileFormat.Csv, progress, cancel.Token);
        }
        catch (OperationCanceledException e)
        {
            cancelled = e;
        }

        cancelled.ShouldNotBeNull();
        progress.Reached.ShouldBeTrue();
        await using var check = database.CreateContext();
        (await check.Persons.CountAsync()).ShouldBe(0);
        (await check.PersonSearchKeys.CountAsync()).ShouldBe(0);
        (await check.Cases.CountAsync()).ShouldBe(0);
        (await check.AuditEntries.CountAsync()).ShouldBe(entriesBefore);
    }

    /// <summary>Entries for the rows a person's or a case's entry covers, as a registration by hand writes them.</summary>
    private static Task<int> RowEntriesAsync(PassageDbContext db) =>
        db.AuditEntries.CountAsync(a => a.EntityType == nameof(PersonSearchKey) || a.EntityType == nameof(PersonAlias) || a.EntityType == nameof(CaseEvent));

    /// <summary>Rows of fictitious residents in families of three, in both scripts, without specific needs.</summary>
    private static string Csv(int rows)
    {
        var csv = new StringBuilder(ImportParsingTests.Header).Append('\n');
        for (var i = 0; i < rows; i++)
        {
            var g = i % Given.Length;
            csv.Append(CultureInfo.InvariantCulture,
                $"{Given[g]},{Family[i / Given.Length % Family.Length]},,{GivenArabic[g]},,,{(g % 2 == 0 ? "Male" : "Female")},{1950 + (i % 60)},C,{i % 150},,,f{i / 3}\n");
        }

        return csv.ToString();
    }

    /// <summary>Cancels the import when it reports <paramref name="line"/>, while its transaction is open.</summary>
    private sealed class CancelOn(string line, CancellationTokenSource cancel) : IProgress<string>
    {
        public bool Reached { get; private set; }

        public void Report(string value)
        {
            if (value == line)
            {
                Reached = true;
                cancel.Cancel();
            }
        }
    }

    private sealed class Lines : IProgress<string>
    {
        public List<string> All { get; } = [];

        public void Report(string value) => All.Add(value);
    }
}
