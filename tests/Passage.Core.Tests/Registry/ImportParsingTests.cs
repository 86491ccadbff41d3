using System.Text;
using ClosedXML.Excel;
using Passage.Core.Registry;
using Passage.Core.Registry.Import;

namespace Passage.Core.Tests.Registry;

public class ImportParsingTests
{
    internal const string Header = "GivenName,FamilyName,FatherName,GivenNameArabic,FamilyNameArabic,FatherNameArabic,Sex,BirthDate,CampBlock,CampUnit,Aliases,Needs,FamilyKey";

    private static readonly DateOnly Today = new(2026, 11, 23);

    internal static string GoodCsv() => string.Join("\n",
        Header,
        "Hossein,Hosseini,Ali,حسین,حسینی,علی,Male,1968-04-09,B,12,Husain Husseini;Hosein Hosseini,ER,hosseini",
        "Zahra,Hosseini,Mahmoud,زهرا,حسینی,محمود,Female,1971,B,12,,,hosseini",
        "\"Fatemeh\",\"Rezaei, Tehrani\",Reza,فاطمه,,رضا,female,1990-02,C,7,,SM;ds,",
        "");

    private static ImportParseResult ParseCsv(string text, Encoding? encoding = null) =>
        PersonFileParser.Parse(new MemoryStream((encoding ?? new UTF8Encoding(true)).GetBytes(text)), PersonFileFormat.Csv, Today);

    private static ImportParseResult ParseCsv(byte[] bytes) =>
        PersonFileParser.Parse(new MemoryStream(bytes), PersonFileFormat.Csv, Today);

    [Fact]
    public void Parse_GoodCsv_GivesEveryRowWithItsLineAndFields()
    {
        var result = ParseCsv(GoodCsv());

        result.Succeeded.ShouldBeTrue(string.Join("\n", result.Errors));
        result.Rows.Select(r => r.Line).ShouldBe([2, 3, 4]);
        var first = result.Rows[0];
        (first.Details.GivenName, first.Details.FamilyNameArabic, first.Details.Sex, first.Details.BirthDate.ToString()).ShouldBe(("Hossein", "حسینی", Sex.Male, "1968-04-09"));
        first.Details.Aliases.ShouldBe(["Husain Husseini", "Hosein Hosseini"]);
        first.FamilyKey.ShouldBe("hosseini");
        result.Rows[2].Details.FamilyName.ShouldBe("Rezaei, Tehrani");
        result.Rows[2].Details.Needs.ShouldBe(["SM", "DS"]);
        result.Rows[2].FamilyKey.ShouldBeNull();
    }

    [Fact]
    public void Parse_BadRows_ReportsEveryBadFieldWithItsLineAndNoRows()
    {
        var csv = string.Join("\r\n",
            Header,
            "Hossein,Hosseini,Ali,حسین,حسینی,علی,Male,1968,B,12,,,",
            ",Hosseini,Ali,حسین,حسینی,علی,X,1968,B,12,,,",
            "Zahra,Hosseini,,Zahra,,,Female,1971-13,B,12,,QQ,",
            "Ali,Rezaei,,,,,Male,1980,A,3,,,");

        var result = ParseCsv(csv);

        result.Succeeded.ShouldBeFalse();
        result.Rows.ShouldBeEmpty();
        result.Errors.Select(e => e.ToString()).ShouldBe(
        [
            "line 3: GivenName: Enter the name in Latin letters.",
            "line 3: Sex: Sex must be Female or Male.",
            "line 4: GivenNameArabic: Use Arabic script here.",
            "line 4: BirthDate: The month must be between 01 and 12.",
            "line 4: Needs: 'QQ' is not a specific-need category.",
        ]);
    }

    [Fact]
    public void Parse_QuotedFieldOverTwoLines_KeepsTheLineNumbersOfLaterRows()
    {
        // A line break inside a name is refused like any other control character, on the row where the field starts.
        var csv = string.Join("\n",
            Header,
            "Hossein,Hosseini,Ali,,,,Male,1968,B,12,\"Husain\nHusseini\",,",
            "Zahra,Hosseini,,,,,Female,1971-13,B,12,,,");

        var result = ParseCsv(csv);

        result.Errors.Select(e => e.ToString()).ShouldBe(
        [
            "line 2: Aliases: Each alias is one name of at most 100 characters, without control or direction-control characters.",
            "line 4: BirthDate: The month must be between 01 and 12.",
        ]);
    }

    [Fact]
    public void Parse_NotUtf8_IsRefusedWithTheLineOfTheFirstBadByte()
    {
        var bytes = Encoding.Latin1.GetBytes(Header + "\nHossein,Hosseini,,,,,Male,1968,B,12,,,\nJos\u00e9,Hosseini,,,,,Male,1968,B,12,,,\n");

        var result = ParseCsv(bytes);

        result.Errors.Select(e => e.ToString()).ShouldBe(["line 3: file: The file is not UTF-8 text. Save it as \"CSV UTF-8\" and import it again."]);
    }

    [Fact]
    public void Parse_MissingAndUnknownColumns_AreReportedOnTheHeaderLine()
    {
        var result = ParseCsv("GivenName,FamilyName,Sex,Birth,CampBlock\nHossein,Hosseini,Male,1968,B\n");

        result.Errors.Select(e => e.ToString()).ShouldBe(
        [
            "line 1: Birth: Unknown column. The columns are: GivenName, FamilyName, FatherName, GivenNameArabic, FamilyNameArabic, FatherNameArabic, Sex, BirthDate, CampBlock, CampUnit, Aliases, Needs, CaseNumber, FamilyKey.",
            "line 1: BirthDate: This required column is missing from the header.",
            "line 1: CampUnit: This required column is missing from the header.",
        ]);
    }

    [Fact]
    public void Parse_HeaderInAnyCaseAndOrder_IsAccepted()
    {
        var result = ParseCsv("campunit,CAMPBLOCK,birthdate,sex,familyname,givenname\n12,B,1968,Male,Hosseini,Hossein\n");

        result.Rows.Single().Details.CampUnit.ShouldBe("12");
    }

    [Theory]
    [InlineData("", "file: The file is empty: it needs a header line and at least one row.")]
    [InlineData("GivenName,FamilyName,Sex,BirthDate,CampBlock,CampUnit\n\n", "file: The file has a header but no rows to import.")]
    [InlineData("GivenName,FamilyName,Sex,BirthDate,CampBlock,CampUnit\nHo\"ssein,Hosseini,Male,1968,B,12\n", "line 2: file: A quote is out of place; put quotes around the whole field and double any quote inside it.")]
    [InlineData("GivenName,FamilyName,Sex,BirthDate,CampBlock,CampUnit\n\"Hossein,Hosseini,Male,1968,B,12\n", "line 2: file: A quoted field is not closed before the end of the file.")]
    public void Parse_MalformedFile_SaysWhatIsWrong(string csv, string error)
    {
        var result = ParseCsv(csv);

        result.Errors.Select(e => e.ToString()).ShouldContain(error);
        result.Rows.ShouldBeEmpty();
    }

    [Fact]
    public void Parse_CaseNumberAndFamilyKeyTogether_IsRefused()
    {
        var result = ParseCsv("GivenName,FamilyName,Sex,BirthDate,CampBlock,CampUnit,CaseNumber,FamilyKey\nHossein,Hosseini,Male,1968,B,12,c-000001,f1\n");

        result.Errors.Select(e => e.ToString()).ShouldBe(["line 2: FamilyKey: Give a CaseNumber or a FamilyKey, not both."]);
    }

    [Fact]
    public void Parse_Xlsx_ReadsTextNumbersAndDatesWithSheetRowNumbers()
    {
        using var stream = Workbook(
            ["GivenName", "FamilyName", "GivenNameArabic", "Sex", "BirthDate", "CampBlock", "CampUnit"],
            ["Hossein", "Hosseini", "حسین", "Male", new DateTime(1968, 4, 9), "B", 12],
            ["Zahra", "Hosseini", "زهرا", "Female", 1971, "B", 12]);

        var result = PersonFileParser.Parse(stream, PersonFileFormat.Xlsx, Today);

        result.Succeeded.ShouldBeTrue(string.Join("\n", result.Errors));
        result.Rows.Select(r => (r.Line, r.Details.BirthDate.ToString(), r.Details.CampUnit, r.Details.GivenNameArabic))
            .ShouldBe([(2, "1968-04-09", "12", "حسین"), (3, "1971", "12", "زهرا")]);
    }

    [Fact]
    public void Parse_XlsxWithBadRow_ReportsItsSheetRow()
    {
        using var stream = Workbook(
            ["GivenName", "FamilyName", "Sex", "BirthDate", "CampBlock", "CampUnit"],
            ["Hossein", "Hosseini", "Male", "1968", "B", "12"],
            ["Zahra", "Hosseini", "Female", "2031", "B", "12"]);

        var result = PersonFileParser.Parse(stream, PersonFileFormat.Xlsx, Today);

        result.Errors.Select(e => e.ToString()).ShouldBe(["line 3: BirthDate: The date of birth is in the future."]);
    }

    [Fact]
    public void Parse_NotAWorkbook_IsRefused()
    {
        var result = PersonFileParser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(GoodCsv())), PersonFileFormat.Xlsx, Today);

        result.Errors.Select(e => e.ToString()).ShouldBe(["file: The file is not an XLSX workbook, or it is damaged."]);
    }

    internal static MemoryStream Workbook(params object[][] rows)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("Persons");
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                sheet.Cell(r + 1, c + 1).Value = rows[r][c];
            }
        }

        var stream = new MemoryStream();
        workbook.SaveAs(stream);
        stream.Position = 0;
        return stream;
    }
}
