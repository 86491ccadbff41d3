using Passage.Core.Registry;

namespace Passage.Core.Tests.Registry;

public class RecordNumberTests
{
    [Theory]
    [InlineData("PSG-000123", NumberedKind.Person, 123)]
    [InlineData("psg-000123", NumberedKind.Person, 123)]
    [InlineData("PSG000123", NumberedKind.Person, 123)]
    [InlineData(" psg 123 ", NumberedKind.Person, 123)]
    [InlineData("C-000001", NumberedKind.Case, 1)]
    [InlineData("c1", NumberedKind.Case, 1)]
    [InlineData("000123", NumberedKind.Either, 123)]
    [InlineData("123", NumberedKind.Either, 123)]
    public void Parse_NumberAsAClerkTypesIt_NamesThatRecord(string typed, NumberedKind kind, long value)
    {
        var number = RecordNumber.Parse(typed).ShouldNotBeNull();

        number.Kind.ShouldBe(kind);
        number.Value.ShouldBe(value);
    }

    [Theory]
    [InlineData("Hosseini")]
    [InlineData("Cyrus")]
    [InlineData("PSG-")]
    [InlineData("0")]
    [InlineData("PSG-12a")]
    [InlineData("")]
    [InlineData(null)]
    public void Parse_NameOrNoNumber_IsNotANumber(string? typed) => RecordNumber.Parse(typed).ShouldBeNull();

    [Fact]
    public void Parse_BareDigits_NameARegistrationAndACaseNumber()
    {
        var number = RecordNumber.Parse("45").ShouldNotBeNull();

        number.RegistrationNumber.ShouldBe("PSG-000045");
        number.CaseNumber.ShouldBe("C-000045");
    }
}
