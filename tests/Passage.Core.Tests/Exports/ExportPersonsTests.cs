using System.Text;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Common;
using Passage.Core.Exports;
using Passage.Core.Registry;
using Passage.Core.Storage;
using Passage.Testing;

namespace Passage.Core.Tests.Exports;

public class ExportPersonsTests
{
    private const string FullFields =
        "RegistrationNumber,GivenName,FamilyName,FatherName,GivenNameArabic,FamilyNameArabic,FatherNameArabic,Sex,BirthDate,CampBlock,CampUnit,Aliases,CaseNumber,CaseStatus,Needs";

    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+1", "'+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("Hossein", "Hossein")]
    [InlineData("حسین", "حسین")]
    [InlineData("", "")]
    public void Neutralise_CellThatStartsLikeAFormula_IsPrefixedWithAnApostrophe(string value, string safe) =>
        SpreadsheetText.Neutralise(value).ShouldBe(safe);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ExecuteAsync_Csv_WritesTheRolesColumnsNeutralisedAndAuditsWhatTheFileHeldWithoutNames(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider, Clock);
        await RegisterAsync(database, "Hossein", "=cmd|' /C calc'!A", aliases: ["Husain Husseini", "@Hosseini"]);
        database.Actor.Set("u2", "protection@test", null, [Roles.Protection]);
        await using var db = database.CreateContext();
        using var output = new MemoryStream();

        var export = await Export(db, database.Actor).ExecuteAsync(new PersonFilter(), ExportFormat.Csv);
        var rows = await export.Value.WriteAsync(output);

        rows.ShouldBe(1);
        output.ToArray().AsSpan().StartsWith(Encoding.UTF8.Preamble).ShouldBeTrue();
        var lines = Encoding.UTF8.GetString(output.ToArray()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.ShouldBe(
        [
            FullFields,
            "PSG-000001,Hossein,'=cmd|' /C calc'!A,Ali,حسین,,علی,Male,1968,B,12,Husain Husseini;@Hosseini,C-000001,Registered,SM",
        ]);
        await using var check = database.CreateContext();
        var entry = await check.AuditEntries.SingleAsync(a => a.Action == AuditAction.Exported);
        entry.UserName.ShouldBe("protection@test");
        entry.Detail.ShouldBe(
            $"export of persons: CSV; filters: ; sort number; columns: {FullFields.Replace(",", ", ", StringComparison.Ordinal)}; 1 rows; PSG-000001 to PSG-000001; keys sha256 {ExportFile.KeysHash(["PSG-000001"])}");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ExecuteAsync_Xlsx_WritesTextCellsAndNoFormula(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider, Clock);
        await RegisterAsync(database, "Zahra", "+Rezaei", aliases: ["-Zari"]);
        database.Actor.Set("u2", "registration@test", null, [Roles.Registration]);
        await using var db = database.CreateContext();
        using var output = new MemoryStream();

        (await (await Export(db, database.Actor).ExecuteAsync(new PersonFilter(), ExportFormat.Xlsx)).Value.WriteAsync(output)).ShouldBe(1);

        output.Position = 0;
        using var workbook = new XLWorkbook(output);
        var sheet = workbook.Worksheet(1);
        sheet.Cell(1, 1).GetString().ShouldBe("RegistrationNumber");
        var family = sheet.Cell(2, 3);
        family.HasFormula.ShouldBeFalse();
        family.GetString().ShouldBe("'+Rezaei");
        sheet.Cell(2, 12).GetString().ShouldBe("'-Zari");
        sheet.Cell(2, 11).GetString().ShouldBe("12");
        sheet.Cell(2, 11).DataType.ShouldBe(XLDataType.Text);
        sheet.CellsUsed().ShouldAllBe(c => !c.HasFormula);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ExecuteAsync_Filtered_HoldsOnlyTheListsPersonsAndAuditsTheFilter(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider, Clock);
        await RegisterAsync(database, "Zahra", "Rezaei", aliases: [], sex: "Female");
        await RegisterAsync(database, "Hossein", "Karimi", aliases: []);
        database.Actor.Set("u2", "resettlement@test", null, [Roles.Resettlement]);
        await using var db = database.CreateContext();
        using var output = new MemoryStream();

        var rows = await (await Export(db, database.Actor).ExecuteAsync(new PersonFilter(Sex: Sex.Female), ExportFormat.Csv)).Value.WriteAsync(output);

        rows.ShouldBe(1);
        var text = Encoding.UTF8.GetString(output.ToArray());
        text.ShouldContain("Rezaei");
        text.ShouldNotContain("Karimi");
        (await db.AuditEntries.SingleAsync(a => a.Action == AuditAction.Exported)).Detail.ShouldNotBeNull().ShouldContain("filters: sex=Female;");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ExecuteAsync_RoleThatMayNotExport_IsRefusedWritesNothingAndAuditsNothing(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider, Clock);
        await RegisterAsync(database, "Zahra", "Rezaei", aliases: []);
        database.Actor.Set("u3", "security@test", null, [Roles.Security]);
        await using var db = database.CreateContext();

        var result = await Export(db, database.Actor).ExecuteAsync(new PersonFilter(), ExportFormat.Csv);

        result.Problem.ShouldNotBeNull().Kind.ShouldBe(ProblemKind.Refused);
        (await db.AuditEntries.CountAsync(a => a.Action == AuditAction.Exported)).ShouldBe(0);
    }

    [Fact]
    public async Task ExecuteAsync_HxlOnPersonalData_IsRefused()
    {
        using var database = TestDatabase.Create(DatabaseProvider.Sqlite, Clock);
        database.Actor.Set("u2", "registration@test", null, [Roles.Registration]);
        await using var db = database.CreateContext();

        var result = await Export(db, database.Actor).ExecuteAsync(new PersonFilter(), ExportFormat.Csv, hxl: true);

        result.Problem.ShouldNotBeNull().Errors.ShouldNotBeNull().Keys.ShouldBe(["hxl"]);
    }

    internal static ExportPersons Export(PassageDbContext db, Actor actor) => new(db, actor, new AuditLog(db, actor, Clock), Clock);

    private static async Task RegisterAsync(TestDatabase database, string given, string family, string[] aliases, string sex = "Male")
    {
        database.Actor.Set("u1", "registration@test", null, [Roles.Registration]);
        await using var db = database.CreateContext();
        var details = new PersonDetails(given, family, "Ali", "حسین", null, "علی", sex, "1968", "B", "12", aliases, ["SM"]);
        (await new RegisterPerson(db, database.Actor, Clock).ExecuteAsync(details)).Succeeded.ShouldBeTrue();
    }
}
