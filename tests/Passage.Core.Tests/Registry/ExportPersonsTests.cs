using System.Text;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Common;
using Passage.Core.Registry;
using Passage.Core.Registry.Export;
using Passage.Core.Registry.Import;
using Passage.Core.Storage;
using Passage.Testing;

namespace Passage.Core.Tests.Registry;

public class ExportPersonsTests
{
    private const string FullFields =
        "RegistrationNumber,GivenName,FamilyName,FatherName,GivenNameArabic,FamilyNameArabic,FatherNameArabic,Sex,BirthDate,CampBlock,CampUnit,Aliases,CaseNumber,CaseStatus,Needs";

    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData(Roles.Registration, FullFields)]
    [InlineData(Roles.Protection, FullFields)]
    [InlineData(Roles.Resettlement, FullFields)]
    [InlineData(Roles.Movement, "")]
    [InlineData(Roles.CountryDelegate, "")]
    [InlineData(Roles.Tracing, "")]
    [InlineData(Roles.Security, "")]
    [InlineData(Roles.Auditor, "")]
    [InlineData(Roles.Viewer, "")]
    [InlineData(Roles.Administrator, "")]
    public void For_EachRole_GivesExactlyTheColumnsItMaySee(string role, string fields) =>
        string.Join(',', ExportFields.For(As(role))).ShouldBe(fields);

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
    public async Task ExecuteAsync_Csv_WritesTheRolesColumnsNeutralisedAndAuditsOnceWithoutNames(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider, Clock);
        await RegisterAsync(database, "Hossein", "=cmd|' /C calc'!A", aliases: ["Husain Husseini", "@Hosseini"]);
        database.Actor.Set("u2", "protection@test", null, [Roles.Protection]);
        await using var db = database.CreateContext();
        using var output = new MemoryStream();

        var result = await Export(db, database.Actor).ExecuteAsync(PersonFileFormat.Csv, output);

        result.Value.Persons.ShouldBe(1);
        var lines = new UTF8Encoding(true).GetString(output.ToArray()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.ShouldBe(
        [
            FullFields,
            "PSG-000001,Hossein,'=cmd|' /C calc'!A,Ali,حسین,,علی,Male,1968,B,12,Husain Husseini;@Hosseini,C-000001,Registered,SM",
        ]);
        await using var check = database.CreateContext();
        var entry = await check.AuditEntries.SingleAsync(a => a.Action == AuditAction.Exported);
        (entry.UserName, entry.Detail).ShouldBe(("protection@test", $"export: 1 persons, CSV, fields: {FullFields.Replace(",", ", ", StringComparison.Ordinal)}"));
        entry.Detail.ShouldNotBeNull().ShouldNotContain("Hossein");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ExecuteAsync_Xlsx_WritesTextCellsAndNoFormula(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider, Clock);
        await RegisterAsync(database, "Zahra", "+Rezaei", aliases: []);
        database.Actor.Set("u2", "registration@test", null, [Roles.Registration]);
        await using var db = database.CreateContext();
        using var output = new MemoryStream();

        (await Export(db, database.Actor).ExecuteAsync(PersonFileFormat.Xlsx, output)).Succeeded.ShouldBeTrue();

        output.Position = 0;
        using var workbook = new XLWorkbook(output);
        var sheet = workbook.Worksheet(1);
        sheet.Cell(1, 1).GetString().ShouldBe("RegistrationNumber");
        var family = sheet.Cell(2, 3);
        family.HasFormula.ShouldBeFalse();
        family.DataType.ShouldBe(XLDataType.Text);
        family.GetString().ShouldEndWith("+Rezaei");
        sheet.Cell(2, 11).GetString().ShouldBe("12");
        sheet.Cell(2, 11).DataType.ShouldBe(XLDataType.Text);
        sheet.CellsUsed().ShouldAllBe(c => !c.HasFormula);
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
        using var output = new MemoryStream();

        var result = await Export(db, database.Actor).ExecuteAsync(PersonFileFormat.Csv, output);

        result.Problem.ShouldNotBeNull().Kind.ShouldBe(ProblemKind.Refused);
        output.Length.ShouldBe(0);
        (await db.AuditEntries.CountAsync(a => a.Action == AuditAction.Exported)).ShouldBe(0);
    }

    private static ExportPersons Export(PassageDbContext db, Actor actor) => new(db, actor, new AuditLog(db, actor, Clock));

    private static async Task RegisterAsync(TestDatabase database, string given, string family, string[] aliases)
    {
        database.Actor.Set("u1", "registration@test", null, [Roles.Registration]);
        await using var db = database.CreateContext();
        var details = new PersonDetails(given, family, "Ali", "حسین", null, "علی", "Male", "1968", "B", "12", aliases, ["SM"]);
        (await new RegisterPerson(db, database.Actor, Clock).ExecuteAsync(details)).Succeeded.ShouldBeTrue();
    }

    private static Actor As(string role)
    {
        var actor = new Actor();
        actor.Set("u", "u@test", null, [role]);
        return actor;
    }
}
