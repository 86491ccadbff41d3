using Passage.Matching.Normalisation;

namespace Passage.Matching.Tests.Normalisation;

/// <summary>Names in scripts other than Latin and Arabic are transliterated, so that they meet their romanised spellings.</summary>
public class OtherScriptsTests
{
    [Theory]
    [InlineData("Али Хоссейни", "ali khosseyni", "Cyrillic")]
    [InlineData("Ρεζά Τεχρανί", "reza techrani", "Greek")]
    [InlineData("Ալի Հոսեյնի", "ali hoseyni", "Armenian")]
    [InlineData("ზაჰრა ქარიმი", "zahra karimi", "Georgian, its ejective mark dropped as an apostrophe")]
    [InlineData("फ़रीद रहीमी", "phrid rhimi", "Devanagari with its vowel signs")]
    [InlineData("עלי חוסייני", "ly hvsyyny", "Hebrew letters")]
    [InlineData("ג'מיל כרימי", "jmyl krymy", "Hebrew with geresh: ג' is j, and it does not split the word; כ is k")]
    [InlineData("阿里·侯赛尼", "ali housaini", "Chinese words separated by a middle dot")]
    [InlineData("侯赛尼", "hou saini", "a Chinese name in one word: family name, then given name")]
    [InlineData("박진우", "bag jinu", "a Korean name in one word: family name, then given name")]
    [InlineData("파르하드 카리미", "paleuhadeu kalimi", "a name of several Korean words keeps each word whole")]
    [InlineData("レザ カリミ", "reza karimi", "Japanese katakana")]
    [InlineData("Ali Хоссейни", "ali khosseyni", "Latin and Cyrillic in one name")]
    [InlineData("Ali Хоссейни حسینی", "ali khosseyni حسینی", "three scripts, each its own word")]
    [InlineData("İlham Əliyev", "ilham eliyev", "a Latin letter without a decomposition, spelled by the library")]
    public void Normalise_OtherScripts_AreTransliterated(string raw, string expected, string covers)
    {
        NameNormaliser.Normalise(raw).ShouldBe(expected, covers);
    }

    [Theory]
    [InlineData("Хоссейни", Script.Other)]
    [InlineData("侯赛尼", Script.Other)]
    [InlineData("Hosseini", Script.Latin)]
    [InlineData("محمد", Script.Arabic)]
    public void Parse_TransliteratedWord_KnowsItsScript(string raw, Script expected)
    {
        NameParser.Parse(raw)[0].Script.ShouldBe(expected);
    }
}
