using Passage.Matching.Normalisation;

namespace Passage.Matching.Tests.Normalisation;

/// <summary>Names in scripts other than Latin and Arabic are transliterated, so that they meet their romanised spellings.</summary>
public class OtherScriptsTests
{
    [Theory]
    [InlineData("Владимир Путин", "vladimir putin", "Cyrillic")]
    [InlineData("Νίκος Καζαντζάκης", "nikos kazantzakis", "Greek")]
    [InlineData("Արմեն Սարգսյան", "armen sargsyan", "Armenian")]
    [InlineData("მიხეილ სააკაშვილი", "mikheil saakashvili", "Georgian, its ejective mark dropped as an apostrophe")]
    [InlineData("नरेन्द्र मोदी", "nrendr modi", "Devanagari with its vowel signs")]
    [InlineData("דוד בן-גוריון", "dvd vn gvryvn", "Hebrew letters, the hyphen separating")]
    [InlineData("ג'ורג' וושינגטון", "jvrj vvsyngtvn", "Hebrew with geresh: ג' is j, and it does not split the word")]
    [InlineData("毛泽东", "mao zedong", "a Chinese name in one word: family name, then given name")]
    [InlineData("박진우", "bag jinu", "a Korean name in one word: family name, then given name")]
    [InlineData("톰 브래디", "tom beulaedi", "a name of several Korean words keeps each word whole")]
    [InlineData("アベ シンゾウ", "abe shinzou", "Japanese katakana")]
    [InlineData("Ivan Иванов", "ivan ivanov", "Latin and Cyrillic in one name")]
    [InlineData("Ali Иванов علی", "ali ivanov علی", "three scripts, each its own word")]
    [InlineData("İlham Əliyev", "ilham eliyev", "a Latin letter without a decomposition, spelled by the library")]
    public void Normalise_OtherScripts_AreTransliterated(string raw, string expected, string covers)
    {
        NameNormaliser.Normalise(raw).ShouldBe(expected, covers);
    }

    [Theory]
    [InlineData("Владимир", Script.Other)]
    [InlineData("毛泽东", Script.Other)]
    [InlineData("Vladimir", Script.Latin)]
    [InlineData("محمد", Script.Arabic)]
    public void Parse_TransliteratedWord_KnowsItsScript(string raw, Script expected)
    {
        NameParser.Parse(raw)[0].Script.ShouldBe(expected);
    }
}
