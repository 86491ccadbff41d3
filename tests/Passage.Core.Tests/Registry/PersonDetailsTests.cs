using Passage.Core.Registry;

namespace Passage.Core.Tests.Registry;

public class PersonDetailsTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static PersonDetails Good => new(
        "Hossein", "Hosseini", "Ali", "حسین", "حسینی", "علی", "Male", "1968-04", "B", "12", ["Husain Husseini"], ["sm"]);

    public static TheoryData<PersonDetails, string, string> BadFields => new()
    {
        { Good with { GivenName = "" }, "GivenName", "Enter the name in Latin letters." },
        { Good with { GivenName = "   " }, "GivenName", "Enter the name in Latin letters." },
        { Good with { FamilyName = null }, "FamilyName", "Enter the name in Latin letters." },
        { Good with { GivenName = "حسین" }, "GivenName", "Use Latin letters here; names in Arabic script go in their own field." },
        { Good with { FamilyName = "Hosseini2" }, "FamilyName", "Use Latin letters here; names in Arabic script go in their own field." },
        { Good with { FatherName = "--" }, "FatherName", "Use Latin letters here; names in Arabic script go in their own field." },
        { Good with { GivenName = new string('a', 101) }, "GivenName", "At most 100 characters." },
        { Good with { GivenNameArabic = "Hossein" }, "GivenNameArabic", "Use Arabic script here." },
        { Good with { FamilyNameArabic = "حسینی Hosseini" }, "FamilyNameArabic", "Use Arabic script here." },
        { Good with { FatherNameArabic = new string('ع', 101) }, "FatherNameArabic", "At most 100 characters." },
        { Good with { Sex = null }, "Sex", "Choose the sex." },
        { Good with { Sex = "X" }, "Sex", "Sex must be Female or Male." },
        { Good with { Sex = "3" }, "Sex", "Sex must be Female or Male." },
        { Good with { BirthDate = "" }, "BirthDate", "Enter the date of birth, or at least the year (YYYY)." },
        { Good with { BirthDate = "04/1968" }, "BirthDate", "Use YYYY, YYYY-MM or YYYY-MM-DD." },
        { Good with { BirthDate = "1868" }, "BirthDate", "The year must have four digits, between 1900 and 2100." },
        { Good with { BirthDate = "1968-13" }, "BirthDate", "The month must be between 01 and 12." },
        { Good with { BirthDate = "2001-02-29" }, "BirthDate", "That day does not exist in that month." },
        { Good with { BirthDate = "2026-12" }, "BirthDate", "The date of birth is in the future." },
        { Good with { CampBlock = " " }, "CampBlock", "Enter the camp block." },
        { Good with { CampBlock = new string('B', 21) }, "CampBlock", "At most 20 characters." },
        { Good with { CampUnit = null }, "CampUnit", "Enter the unit." },
        { Good with { Aliases = [new string('a', 101)] }, "Aliases", "Each alias is one name of at most 100 characters, without control or direction-control characters." },
        { Good with { Aliases = ["Husain\u202E"] }, "Aliases", "Each alias is one name of at most 100 characters, without control or direction-control characters." },
        { Good with { Aliases = Enumerable.Range(1, 21).Select(i => $"Alias {new string('a', i)}").ToArray() }, "Aliases", "At most 20 aliases." },
        { Good with { GivenName = "Hossein\0" }, "GivenName", "Remove the control characters (invisible characters such as NUL or BEL) from this text." },
        { Good with { FamilyName = "Hosseini\a" }, "FamilyName", "Remove the control characters (invisible characters such as NUL or BEL) from this text." },
        { Good with { GivenName = "Hossein\u202Einiesso" }, "GivenName", "Remove the invisible direction-control characters (U+202A–U+202E, U+2066–U+2069) from this name." },
        { Good with { FamilyNameArabic = "\u2067حسینی" }, "FamilyNameArabic", "Remove the invisible direction-control characters (U+202A–U+202E, U+2066–U+2069) from this name." },
        { Good with { CampUnit = "12\u202E" }, "CampUnit", "Remove the invisible direction-control characters (U+202A–U+202E, U+2066–U+2069) from this name." },
        { Good with { GivenName = "\u041C\u0430\u0440\u0438\u044F" }, "GivenName", "Use Latin letters here; names in Arabic script go in their own field." },
        { Good with { Needs = ["XX"] }, "Needs", "'XX' is not a specific-need category." },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public void Validate_BadField_GivesExactlyThatFieldsMessage(PersonDetails details, string field, string message)
    {
        var result = details.Validate(Today);

        result.Succeeded.ShouldBeFalse();
        result.Problem!.Errors!.Keys.ShouldBe([field]);
        result.Problem.Errors[field].ShouldBe([message]);
    }

    [Fact]
    public void Validate_GoodDetails_CleansAndKeepsEveryField()
    {
        var details = Good with { GivenName = "  Hossein   Ali ", Needs = ["sm", "SM", " er "], Aliases = ["Husain Husseini", "", "Husain Husseini"] };

        var valid = details.Validate(Today).Value;

        valid.GivenName.ShouldBe("Hossein Ali");
        valid.Sex.ShouldBe(Sex.Male);
        valid.BirthDate.ShouldBe(PartialDate.FromParts(1968, 4, null));
        valid.Needs.ShouldBe(["SM", "ER"]);
        valid.Aliases.ShouldBe(["Husain Husseini"]);
        (valid.GivenNameArabic, valid.FamilyNameArabic, valid.FatherNameArabic).ShouldBe(("حسین", "حسینی", "علی"));
    }

    [Fact]
    public void Validate_EverythingMissing_NamesEveryRequiredField()
    {
        var result = new PersonDetails(null, null, null, null, null, null, null, null, null, null).Validate(Today);

        result.Problem!.Errors!.Keys.ShouldBe(["GivenName", "FamilyName", "Sex", "BirthDate", "CampBlock", "CampUnit"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("female", Sex.Female)]
    [InlineData(" Male ", Sex.Male)]
    public void Validate_SexInAnyCase_IsAccepted(string text, Sex sex) =>
        (Good with { Sex = text }).Validate(Today).Value.Sex.ShouldBe(sex);

    [Fact]
    public void Warnings_CyrillicLetterInALatinName_WarnsForThatFieldOnly()
    {
        var details = Good with { FamilyName = "Hoss\u0435ini", Aliases = ["حسین حسینی", "Husain"] };

        details.Validate(Today).Succeeded.ShouldBeTrue();
        details.Warnings().Keys.ShouldBe(["FamilyName"]);
        Good.Warnings().ShouldBeEmpty();
    }
}
