using Passage.Matching.Normalisation;

namespace Passage.Matching.Tests.Normalisation;

public class NameParserTests
{
    [Theory]
    [InlineData("Hassan al-Hashemi", "hassan hashemi", "article al before a word is dropped")]
    [InlineData("Abd al-Rahman", "abdrahman", "abd + article + name is one token")]
    [InlineData("Abdul Rahman", "abdrahman", "abdul + name is one token")]
    [InlineData("Abdurrahman", "abdrahman", "assimilated article in a joined abd name")]
    [InlineData("Abdolreza", "abdreza", "abdol joined")]
    [InlineData("Abdollah", "abdlah", "abdollah reduces like abd + allah")]
    [InlineData("Ruh Allah", "ruhallah", "allah written apart joins the word before")]
    [InlineData("Hossein Zadeh", "hosseinzadeh", "zadeh written apart joins the word before")]
    [InlineData("Rezaei Pour", "rezaeipour", "pour written apart joins the word before")]
    [InlineData("Ali-ye Hosseini", "ali hosseini", "ezafe written apart is dropped")]
    [InlineData("Hassan as-Sabbah", "hassan sabbah", "assimilated article as- is dropped")]
    [InlineData("عبدالرحمن", "عبدرحمن", "Arabic-script abd with article")]
    [InlineData("روح‌الله", "روحالله", "ZWNJ compound with allah rejoins")]
    [InlineData("حسین زاده", "حسینزاده", "Arabic-script zadeh joins")]
    public void Parse_NameGrammar_ProducesCanonicalTokens(string raw, string expected, string covers)
    {
        string.Join(' ', NameParser.Parse(raw).Select(t => t.Text)).ShouldBe(expected, covers);
    }

    [Theory]
    [InlineData("Seyyed Ali Hosseini", 0, "Seyyed is an optional honorific")]
    [InlineData("Haj Mohammad Rezaei", 0, "Haj is an optional honorific")]
    [InlineData("سید علی", 0, "Arabic-script honorific")]
    [InlineData("Ali bin Hassan", 1, "the name after bin is an optional patronymic")]
    public void Parse_HonorificsAndPatronymics_AreOptional(string raw, int optionalIndex, string covers)
    {
        NameParser.Parse(raw)[optionalIndex].Optional.ShouldBeTrue(covers);
    }

    [Fact]
    public void Parse_OnlyAnHonorific_IsNotOptional()
    {
        NameParser.Parse("Mirza").Single().Optional.ShouldBeFalse();
    }
}
