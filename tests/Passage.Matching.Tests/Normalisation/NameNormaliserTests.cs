using Passage.Matching.Normalisation;

namespace Passage.Matching.Tests.Normalisation;

public class NameNormaliserTests
{
    [Theory]
    [InlineData("يوسف", "یوسف", "Arabic yeh becomes Persian yeh")]
    [InlineData("موسى", "موسی", "alef maksura becomes Persian yeh")]
    [InlineData("كريم", "کریم", "Arabic kaf becomes keheh")]
    [InlineData("فاطمة", "فاطمه", "teh marbuta becomes heh")]
    [InlineData("خانۀ", "خانه", "heh with yeh above becomes heh")]
    [InlineData("أحمد", "احمد", "alef with hamza above becomes alef")]
    [InlineData("إبراهيم", "ابراهیم", "alef with hamza below becomes alef")]
    [InlineData("آرش", "ارش", "alef with madda becomes alef")]
    [InlineData("ٱلله", "الله", "alef wasla becomes alef")]
    [InlineData("مؤمن", "مومن", "waw with hamza becomes waw")]
    [InlineData("رضائی", "رضایی", "yeh with hamza becomes yeh")]
    [InlineData("جزء", "جز", "a lone hamza is dropped")]
    [InlineData("مُحَمَّد", "محمد", "harakat and shadda are dropped")]
    [InlineData("محـــمد", "محمد", "tatweel is dropped")]
    [InlineData("\u200Fعلی\u200E", "علی", "bidi marks are dropped")]
    [InlineData("۱۳۴۵", "1345", "extended Arabic-Indic digits become ASCII")]
    [InlineData("١٩٧٠", "1970", "Arabic-Indic digits become ASCII")]
    [InlineData("محمد\u200Cرضا", "محمد رضا", "ZWNJ separates the parts of a compound")]
    [InlineData("ﻣﺤﻤﺪ", "محمد", "presentation forms are composed by NFKC")]
    public void Normalise_ArabicScript_FoldsToPersianForms(string raw, string expected, string covers)
    {
        NameNormaliser.Normalise(raw).ShouldBe(expected, covers);
    }

    [Theory]
    [InlineData("Hosseini", "hosseini", "invariant lower case")]
    [InlineData("ʿAlī", "ali", "ayn mark and macron are removed")]
    [InlineData("Ja'far", "jafar", "ASCII apostrophe is removed")]
    [InlineData("Ma’sumeh", "masumeh", "right single quotation mark is removed")]
    [InlineData("Mu\u02BEmin", "mumin", "hamza half ring is removed")]
    [InlineData("Hüseyin", "huseyin", "umlaut is removed")]
    [InlineData("ŞİRİN", "sirin", "Turkish capitals fold without a culture")]
    [InlineData("Mohammad-Reza", "mohammad reza", "hyphen separates words")]
    [InlineData("Hosseini, Ali", "hosseini ali", "comma separates family and given names")]
    [InlineData("  Ali   Reza ", "ali reza", "white space collapses")]
    [InlineData("Straße", "strasse", "sharp s is spelled out")]
    [InlineData("", "", "empty stays empty")]
    public void Normalise_LatinScript_RemovesMarksAndFoldsCase(string raw, string expected, string covers)
    {
        NameNormaliser.Normalise(raw).ShouldBe(expected, covers);
    }

    [Fact]
    public void Normalise_MixedScripts_SeparatesWordsAtScriptChange()
    {
        NameNormaliser.Normalise("Aliعلی").ShouldBe("ali علی");
    }
}
