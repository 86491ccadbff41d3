using Passage.Core.Common;

namespace Passage.Core.Tests.Common;

public class TextRulesTests
{
    [Theory]
    [InlineData("Hos\0sein")]
    [InlineData("Hossein\a")]
    [InlineData("Hos\tsein")]
    [InlineData("Hossein\u001B[31m")]
    [InlineData("Hossein\u0085")]
    [InlineData("Hossein\u009B")]
    [InlineData("Hossein\u007F")]
    public void Name_ControlCharacter_IsRefusedWithAFieldMessage(string name)
    {
        var errors = new ValidationErrors();

        TextRules.Name(name, "GivenName", errors);

        errors.ToProblem().Errors!["GivenName"].ShouldBe([TextRules.ControlMessage]);
    }

    [Theory]
    [InlineData('\u202A')]
    [InlineData('\u202B')]
    [InlineData('\u202C')]
    [InlineData('\u202D')]
    [InlineData('\u202E')]
    [InlineData('\u2066')]
    [InlineData('\u2067')]
    [InlineData('\u2068')]
    [InlineData('\u2069')]
    public void Name_DirectionControl_IsRefusedWithAFieldMessage(char control)
    {
        var errors = new ValidationErrors();

        TextRules.Name($"Hossein{control}inieswoH", "GivenName", errors);

        errors.ToProblem().Errors!["GivenName"].ShouldBe([TextRules.BidiMessage]);
    }

    [Fact]
    public void Name_PersianWithZeroWidthNonJoiner_IsKept()
    {
        var errors = new ValidationErrors();

        var name = TextRules.Name("  مهر\u200Cانگیز  ", "GivenNameArabic", errors);

        errors.Any.ShouldBeFalse();
        name.ShouldBe("مهر\u200Cانگیز");
    }

    [Fact]
    public void FreeText_DirectionControls_AreRemovedAndLineBreaksKept()
    {
        var errors = new ValidationErrors();

        var text = TextRules.FreeText(" Family in \u202Eenrolog\u202C.\r\nSecond line\tend ", "Reason", errors);

        errors.Any.ShouldBeFalse();
        text.ShouldBe("Family in enrolog.\r\nSecond line\tend");
    }

    [Theory]
    [InlineData("Ring the \a bell")]
    [InlineData("Null\0byte")]
    [InlineData("C1 \u0090 control")]
    public void FreeText_ControlCharacter_IsRefused(string text)
    {
        var result = TextRules.Required(text, "Reason", "Say why.");

        result.Problem!.Errors!["Reason"].ShouldBe([TextRules.ControlMessage]);
    }

    [Fact]
    public void Required_BlankOrOnlyDirectionControls_AsksForTheText()
    {
        TextRules.Required("\u202E \u202C", "Reason", "Say why.").Problem!.Errors!["Reason"].ShouldBe(["Say why."]);
    }

    [Fact]
    public void Optional_TooLong_NamesTheLimit()
    {
        TextRules.Optional(new string('x', TextRules.NoteLength + 1), "Note").Problem!.Errors!["Note"].ShouldBe(["At most 4000 characters."]);
    }

    [Theory]
    [InlineData("Mohammad", false)]
    [InlineData("M\u043Ehammad", true)]
    [InlineData("\u0410li", true)]
    [InlineData("Seyed-Mir Hosseini", false)]
    [InlineData("Ren\u00E9e O'Brien", false)]
    [InlineData("محمد", false)]
    [InlineData("Mohammad محمد", true)]
    public void IsMixedScript_LettersOfSeveralScripts_AreFlagged(string name, bool mixed) =>
        TextRules.IsMixedScript(name).ShouldBe(mixed);
}
