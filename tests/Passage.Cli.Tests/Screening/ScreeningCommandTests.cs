using System.Text;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Screening;
using Passage.Testing;

namespace Passage.Cli.Tests.Screening;

/// <summary><c>passage screening import</c> and <c>passage screening lists</c>, on both databases.</summary>
public sealed class ScreeningCommandTests : IDisposable
{
    private const string Registry =
        "GivenName,FamilyName,FatherName,GivenNameArabic,FamilyNameArabic,Sex,BirthDate,CampBlock,CampUnit,Aliases,Needs,FamilyKey\n" +
        "Hossein,Hosseini,Ali,حسین,حسینی,Male,1968-04,B,12,,,f1\n" +
        "Zahra,Hosseini,Mahmoud,زهرا,حسینی,Female,1971,B,12,,,f1\n" +
        "Mehdi,Rezaei,Reza,مهدی,رضایی,Male,1990-02-11,C,7,,,\n";

    // W-1 is Mehdi Rezaei spelt otherwise, W-3 Hossein Hosseini in Persian script with a Latin alias; W-2 is nobody registered.
    private const string FirstVersion =
        "Reference,Name,Aliases,BirthDate,Nationality,FatherName\n" +
        "W-1,Mahdi Rezayi,,1990-02-11,,Reza\n" +
        "W-2,Kaveh Tehrani,,1955,,Bijan\n" +
        "W-3,حسین حسینی,Husain Husseini,1968,,علی\n";

    // W-2 is gone, W-3 now states the month, W-4 is new.
    private const string SecondVersion =
        "Reference,Name,Aliases,BirthDate,Nationality,FatherName\n" +
        "W-1,Mahdi Rezayi,,1990-02-11,,Reza\n" +
        "W-3,حسین حسینی,Husain Husseini,1968-04,,علی\n" +
        "W-4,Narges Kazemi,,1982,,Javad\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("passage-screening-").FullName;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Import_ThenANewerVersion_PrintsWhatChangedAndListsShowEachListsMetrics(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        (await RunAsync(database, "import", "persons", await FileAsync("persons.csv", Registry))).Exit.ShouldBe(ExitCodes.Ok);

        var first = await RunAsync(database, "screening", "import", "--file", await FileAsync("list-1.csv", FirstVersion),
            "--name", "Wanted persons", "--source", "Ministry of Justice", "--date", "2026-01-15", "--reference", "MJ/2026/14");
        await FalseMatchAsync(database, "W-1");
        var metrics = await RunAsync(database, "screening", "lists");
        var listId = await database.CreateContext().ScreeningLists.Select(l => l.Id).SingleAsync();
        var second = await RunAsync(database, "screening", "import", "--list", listId.ToString(), "--file", await FileAsync("list-2.csv", SecondVersion),
            "--name", "Wanted persons", "--source", "Ministry of Justice", "--date", "2026-02-01", "--reference", "MJ/2026/14");
        var after = await RunAsync(database, "screening", "lists");

        first.Exit.ShouldBe(ExitCodes.Ok, first.Error);
        first.Output.ShouldContain($"Version 1 of list {listId} imported: 3 added, 0 removed, 0 changed.");
        first.Output.ShouldContain("Added\tW-1\nAdded\tW-2\nAdded\tW-3\n");
        first.Output.ShouldContain("The registry was screened: 3 persons against 3 entries, 2 new hits.");
        first.Error.ShouldContain("Screened 3 of 3 persons: 2 new hits.");
        metrics.Exit.ShouldBe(ExitCodes.Ok, metrics.Error);
        metrics.Output.ShouldBe(
            "Id\tName\tSource\tReference\tDate\tVersion\tEntries\tHits\tAdjudicated\tPending\tFalse-match rate\n" +
            $"{listId}\tWanted persons\tMinistry of Justice\tMJ/2026/14\t2026-01-15\t1\t3\t2\t1\t1\t1.00\n");
        second.Exit.ShouldBe(ExitCodes.Ok, second.Error);
        second.Output.ShouldContain($"Version 2 of list {listId} imported: 1 added, 1 removed, 1 changed.");
        second.Output.ShouldContain("Added\tW-4\nRemoved\tW-2\nChanged\tW-3\n");

        // The changed entry is proposed again; the one found false stays quiet, as it did not change.
        second.Output.ShouldContain("The registry was screened: 3 persons against 3 entries, 1 new hits.");
        after.Output.ShouldContain($"{listId}\tWanted persons\tMinistry of Justice\tMJ/2026/14\t2026-02-01\t2\t3\t3\t1\t2\t1.00\n");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Import_BadRowsOrDetails_PrintsEveryProblemImportsNothingAndExitsOne(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        var file = await FileAsync("list.csv", "Reference,Name,BirthDate\nW-1,,1990\nW-1,Kaveh Tehrani,1990-13\n");

        var (exit, _, error) = await RunAsync(database, "screening", "import", "--file", file,
            "--name", "Wanted persons", "--source", "Ministry of Justice", "--date", "2999-01-01", "--reference", "MJ/1");
        var badFile = await RunAsync(database, "screening", "import", "--file", file,
            "--name", "Wanted persons", "--source", "Ministry of Justice", "--date", "2026-01-15", "--reference", "MJ/1");

        exit.ShouldBe(ExitCodes.BadInput);
        error.ShouldContain("ListDate: The date is in the future.");
        badFile.Exit.ShouldBe(ExitCodes.BadInput);
        badFile.Error.ShouldContain("line 2: Name:");
        badFile.Error.ShouldContain("line 3: BirthDate:");
        await using var db = database.CreateContext();
        (await db.ScreeningLists.CountAsync()).ShouldBe(0);
        (await db.ScreeningEntries.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task ScreeningCommands_AsAUserOutsideTheSecurityTeam_AreRefused()
    {
        using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        (await RunAsync(database, "users", "add", "--email", "reg@example.org", "--name", "R", "--password", "Str0ng-Passw0rd!", "--role", "Registration")).Exit.ShouldBe(ExitCodes.Ok);

        var import = await RunAsync(database, "screening", "import", "--file", await FileAsync("list.csv", FirstVersion), "--as", "reg@example.org",
            "--name", "Wanted persons", "--source", "Ministry of Justice", "--date", "2026-01-15", "--reference", "MJ/1");
        var lists = await RunAsync(database, "screening", "lists", "--as", "reg@example.org");

        import.Exit.ShouldBe(ExitCodes.BadInput);
        import.Output.ShouldBeEmpty();
        lists.Exit.ShouldBe(ExitCodes.BadInput);
        lists.Error.ShouldContain("Only the security team may see screening lists.");
        lists.Output.ShouldBeEmpty();
        await using var db = database.CreateContext();
        (await db.ScreeningLists.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Import_WithoutTheListsDetails_IsAUsageError()
    {
        using var database = TestDatabase.Create(DatabaseProvider.Sqlite);

        var (exit, _, error) = await RunAsync(database, "screening", "import", "--file", await FileAsync("list.csv", FirstVersion), "--name", "Wanted persons");

        exit.ShouldBe(ExitCodes.Usage);
        error.ShouldContain("--source");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static async Task FalseMatchAsync(TestDatabase database, string reference)
    {
        await using var db = database.CreateContext();
        var entry = await db.ScreeningEntries.SingleAsync(e => e.Reference == reference);
        var officer = new Actor();
        officer.Set("officer", "officer", null, [Roles.Security]);
        var hit = await db.ScreeningHits.SingleAsync(h => h.EntryId == entry.Id);
        hit.Adjudicate(HitStatus.FalseMatch, "Another father's family.", officer, DateTimeOffset.UtcNow).ShouldBeNull();
        await db.SaveChangesAsync();
    }

    private async Task<string> FileAsync(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        await File.WriteAllTextAsync(path, content, new UTF8Encoding(false));
        return path;
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(TestDatabase database, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await PassageCommands.RunAsync([.. args, "--database", database.ConnectionString, "--field-keys", database.FieldKeysFolder], output, error);
        return (exit, output.ToString().ReplaceLineEndings("\n"), error.ToString().ReplaceLineEndings("\n"));
    }
}
