using System.Text;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;

namespace Passage.Cli.Tests;

public class CommandLineTests
{
    private const string GoodCsv =
        "GivenName,FamilyName,FatherName,GivenNameArabic,FamilyNameArabic,Sex,BirthDate,CampBlock,CampUnit,Aliases,Needs,FamilyKey\n" +
        "Hossein,Hosseini,Ali,حسین,حسینی,Male,1968-04,B,12,Husain Husseini,ER,f1\n" +
        "Zahra,Hosseini,Mahmoud,زهرا,حسینی,Female,1971,B,12,,,f1\n" +
        "Mehdi,Rezaei,Reza,مهدی,رضایی,Male,1990-02-11,C,7,,,\n";

    [Fact]
    public async Task Migrate_FreshFile_CreatesTheSchema()
    {
        using var cli = new CliRun();

        var (exit, output, _) = await cli.RunAsync("migrate");

        exit.ShouldBe(ExitCodes.Ok);
        output.ShouldContain("up to date");
        await using var db = cli.Context();
        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Demo_200Persons_FillsTheRegistryAndPrintsEveryAccountWithAWorkingPassword()
    {
        using var cli = new CliRun();

        var (exit, output, error) = await cli.RunAsync("demo", "--persons", "200");

        exit.ShouldBe(ExitCodes.Ok, error);
        error.ShouldContain("Residents written: 200/200");
        foreach (var role in Roles.All)
        {
            output.ShouldContain($"{role.ToLowerInvariant()}@demo.passage");
        }

        output.ShouldContain("supervisor@demo.passage");
        await using var db = cli.Context();
        (await db.Persons.CountAsync()).ShouldBe(200);

        var registration = output.Split('\n').Single(l => l.TrimStart().StartsWith("registration@demo.passage", StringComparison.Ordinal));
        var password = registration.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        var csv = cli.PathOf("persons.csv");
        var exported = await cli.RunAsync("export", "persons", "--format", "csv", "--output", csv, "--as", "registration@demo.passage");
        exported.Exit.ShouldBe(ExitCodes.Ok, exported.Error);
        File.ReadAllLines(csv).Length.ShouldBe(201);
        password.Length.ShouldBe(14);
    }

    [Fact]
    public async Task UsersAdd_FirstAdministrator_IsCreatedWithRoles()
    {
        using var cli = new CliRun();

        var (exit, output, error) = await cli.RunAsync("users", "add", "--email", "admin@example.org", "--name", "Nasrin Karimi",
            "--password", "Str0ng-Passw0rd!", "--role", "administrator", "--role", "Auditor");

        exit.ShouldBe(ExitCodes.Ok, error);
        output.ShouldContain("Added admin@example.org with Administrator, Auditor.");
        await using var db = cli.Context();
        var user = await db.Users.SingleAsync();
        user.DisplayName.ShouldBe("Nasrin Karimi");
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select r.Name).ToListAsync();
        roles.ShouldBe(["Administrator", "Auditor"], ignoreOrder: true);
    }

    [Fact]
    public async Task UsersAdd_WeakPassword_PrintsThePolicyAndExitsOne()
    {
        using var cli = new CliRun();

        var (exit, _, error) = await cli.RunAsync("users", "add", "--email", "admin@example.org", "--name", "Admin", "--password", "abc", "--role", "Administrator");

        exit.ShouldBe(ExitCodes.BadInput);
        error.ShouldContain("Password: Passwords must be at least 8 characters.");
        await using var db = cli.Context();
        (await db.Users.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task UsersAdd_UnknownRoleOrDelegateWithoutCountry_ExitsOneWithTheReason()
    {
        using var cli = new CliRun();

        var unknown = await cli.RunAsync("users", "add", "--email", "a@example.org", "--name", "A", "--password", "Str0ng-Passw0rd!", "--role", "Chief");
        var delegateWithout = await cli.RunAsync("users", "add", "--email", "d@example.org", "--name", "D", "--password", "Str0ng-Passw0rd!", "--role", "CountryDelegate");

        unknown.Exit.ShouldBe(ExitCodes.BadInput);
        unknown.Error.ShouldContain("Roles: Unknown role: Chief.");
        delegateWithout.Exit.ShouldBe(ExitCodes.BadInput);
        delegateWithout.Error.ShouldContain("CountryCode: A country delegate needs the two-letter ISO 3166 code of their country.");
    }

    [Theory]
    [InlineData("users", "add", "--email", "a@example.org")]
    [InlineData("frobnicate")]
    [InlineData("export", "persons", "--format", "pdf", "--output", "x.pdf", "--as", "someone")]
    [InlineData("demo", "--persons", "-5")]
    [InlineData("import", "persons")]
    public async Task Run_WrongCommandLine_ExitsTwoWithTheReason(params string[] args)
    {
        using var cli = new CliRun();

        var (exit, _, error) = await cli.RunAsync(args);

        exit.ShouldBe(ExitCodes.Usage);
        error.ShouldContain("passage --help");
    }

    [Fact]
    public async Task ImportPersons_GoodCsv_RegistersEveryoneAndReportsTheCounts()
    {
        using var cli = new CliRun();
        var file = cli.PathOf("persons.csv");
        await File.WriteAllTextAsync(file, GoodCsv, new UTF8Encoding(false));

        var (exit, output, error) = await cli.RunAsync("import", "persons", file);

        exit.ShouldBe(ExitCodes.Ok, error);
        output.ShouldContain("Imported 3 persons: 2 new cases, 0 existing cases joined.");
        error.ShouldContain("Checked 3 rows: all valid.");
        error.ShouldContain("Written 3 of 3 persons.");
        error.ShouldContain("Committed 3 persons in 2 new cases and 0 existing cases.");
        await using var db = cli.Context();
        (await db.Persons.CountAsync()).ShouldBe(3);
        // One entry per person for biodata, one for the person with specific needs, one for the import.
        (await db.AuditEntries.CountAsync(a => a.UserName == "cli" && a.EntityType == "Person")).ShouldBe(5);
    }

    [Fact]
    public async Task ImportPersons_BadRows_PrintsEveryLineImportsNothingAndExitsOne()
    {
        using var cli = new CliRun();
        var file = cli.PathOf("persons.csv");
        await File.WriteAllTextAsync(file, GoodCsv + ",Karimi,,,,Male,1980,A,3,,,\nLeila,Karimi,,,,F,1985-02-30,A,3,,XX,\n", new UTF8Encoding(false));

        var (exit, _, error) = await cli.RunAsync("import", "persons", file);

        exit.ShouldBe(ExitCodes.BadInput);
        error.ShouldContain("line 5: GivenName: Enter the name in Latin letters.");
        error.ShouldContain("line 6: Sex: Sex must be Female or Male.");
        error.ShouldContain("line 6: BirthDate: That day does not exist in that month.");
        error.ShouldContain("line 6: Needs: 'XX' is not a specific-need category.");
        await using var db = cli.Context();
        (await db.Persons.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task ImportPersons_WrongEncodingOrExtension_ExitsOneWithTheReason()
    {
        using var cli = new CliRun();
        var latin1 = cli.PathOf("latin1.csv");
        await File.WriteAllBytesAsync(latin1, Encoding.Latin1.GetBytes("GivenName,FamilyName,Sex,BirthDate,CampBlock,CampUnit\nJos\u00e9,Hosseini,Male,1968,B,12\n"));
        var text = cli.PathOf("persons.txt");
        await File.WriteAllTextAsync(text, GoodCsv);

        var encoding = await cli.RunAsync("import", "persons", latin1);
        var extension = await cli.RunAsync("import", "persons", text);

        encoding.Exit.ShouldBe(ExitCodes.BadInput);
        encoding.Error.ShouldContain("line 2: file: The file is not UTF-8 text.");
        extension.Exit.ShouldBe(ExitCodes.BadInput);
        extension.Error.ShouldContain("persons.txt: use a .csv or .xlsx file.");
    }

    [Fact]
    public async Task ImportPersons_AsUserWithoutImportRight_IsRefused()
    {
        using var cli = new CliRun();
        (await cli.RunAsync("users", "add", "--email", "viewer@example.org", "--name", "V", "--password", "Str0ng-Passw0rd!", "--role", "Viewer")).Exit.ShouldBe(0);
        var file = cli.PathOf("persons.csv");
        await File.WriteAllTextAsync(file, GoodCsv);

        var (exit, _, error) = await cli.RunAsync("import", "persons", file, "--as", "viewer@example.org");

        exit.ShouldBe(ExitCodes.BadInput);
        error.ShouldContain("Only the registration team may import persons.");
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task ExportPersons_AsRegistration_WritesTheFileWithTheRolesColumns(string format)
    {
        using var cli = new CliRun();
        (await cli.RunAsync("users", "add", "--email", "reg@example.org", "--name", "R", "--password", "Str0ng-Passw0rd!", "--role", "Registration")).Exit.ShouldBe(0);
        var input = cli.PathOf("in.csv");
        await File.WriteAllTextAsync(input, GoodCsv);
        (await cli.RunAsync("import", "persons", input, "--as", "reg@example.org")).Exit.ShouldBe(0);
        var file = cli.PathOf($"out.{format}");

        var (exit, output, error) = await cli.RunAsync("export", "persons", "--format", format, "--output", file, "--as", "reg@example.org");

        exit.ShouldBe(ExitCodes.Ok, error);
        output.ShouldContain("Exported 3 persons");
        output.ShouldContain("Needs");
        File.Exists(file).ShouldBeTrue();
        File.Exists(file + ".partial").ShouldBeFalse();
        if (format == "csv")
        {
            var lines = await File.ReadAllLinesAsync(file);
            lines[0].ShouldStartWith("RegistrationNumber,GivenName,FamilyName");
            lines.ShouldContain(l => l.StartsWith("PSG-000001,Hossein,Hosseini,Ali,حسین,حسینی,", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task ExportPersons_AsViewerOrUnknownUser_WritesNoFileAndExitsOne()
    {
        using var cli = new CliRun();
        (await cli.RunAsync("users", "add", "--email", "viewer@example.org", "--name", "V", "--password", "Str0ng-Passw0rd!", "--role", "Viewer")).Exit.ShouldBe(0);
        var file = cli.PathOf("out.csv");

        var viewer = await cli.RunAsync("export", "persons", "--format", "csv", "--output", file, "--as", "viewer@example.org");
        var unknown = await cli.RunAsync("export", "persons", "--format", "csv", "--output", file, "--as", "nobody@example.org");

        viewer.Exit.ShouldBe(ExitCodes.BadInput);
        viewer.Error.ShouldContain("Your role may not export person records.");
        unknown.Exit.ShouldBe(ExitCodes.BadInput);
        unknown.Error.ShouldContain("No user named nobody@example.org.");
        File.Exists(file).ShouldBeFalse();
        File.Exists(file + ".partial").ShouldBeFalse();
    }
}
