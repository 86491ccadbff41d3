using Passage.Matching.Keys;
using Passage.Matching.Normalisation;

namespace Passage.Matching.Tests.Keys;

public class SkeletonKeyTests
{
    [Theory]
    [InlineData("Hosseini", "حسینی", "vowel spellings of Hosseini meet the Arabic script")]
    [InlineData("Hossieni", "حسینی", "transposed vowels")]
    [InlineData("Husseini", "حسینی", "u for o")]
    [InlineData("Mohammad", "محمد", "doubled consonant written once")]
    [InlineData("Mohamed", "محمد", "e for a, single m")]
    [InlineData("Muhammad", "محمد", "u for o")]
    [InlineData("Khosrow", "خسرو", "kh digraph and final w")]
    [InlineData("Mousavi", "موسوی", "ou vowel and consonant v")]
    [InlineData("Yousef", "یوسف", "initial y consonant")]
    [InlineData("Ghasem", "قاسم", "gh and qaf")]
    [InlineData("Qasem", "قاسم", "q and qaf")]
    [InlineData("Fatemeh", "فاطمه", "final eh and final heh dropped")]
    [InlineData("Shirin", "شیرین", "sh digraph")]
    [InlineData("Ali", "علی", "ayn and initial vowel dropped")]
    [InlineData("Davood", "داوود", "waw after alef is v, the next waw a vowel")]
    [InlineData("Javad", "جواد", "waw before alef is v")]
    [InlineData("Zahra", "زهرا", "medial h kept")]
    [InlineData("Othman", "عثمان", "th for theh")]
    public void Of_LatinAndArabicSpellings_Meet(string latin, string arabic, string covers)
    {
        var a = NameParser.Parse(latin).Single().Key;
        var b = NameParser.Parse(arabic).Single().Key;
        a.ShouldBe(b, covers);
    }

    [Theory]
    [InlineData("Khosravi", "Kosravi", "kh with its h lost")]
    [InlineData("Bagheri", "Bageri", "gh with its h lost")]
    [InlineData("Shahram", "Sahram", "sh with its h lost")]
    [InlineData("Zhaleh", "Zaleh", "zh with its h lost")]
    [InlineData("Kosravi", "خسروی", "خ read as plain k")]
    [InlineData("Bageri", "باقری", "ق read as plain g")]
    [InlineData("Sahram", "شهرام", "ش read as plain s")]
    public void Plain_ASpellingThatLostTheHOfADigraph_MeetsIt(string a, string b, string covers)
    {
        var x = NameParser.Parse(a).Single();
        var y = NameParser.Parse(b).Single();
        x.Key.ShouldNotBe(y.Key, covers + ": the standard skeletons differ");
        SkeletonKey.Plain(x.Text, x.Script).ShouldBe(SkeletonKey.Plain(y.Text, y.Script), covers);
    }

    [Theory]
    [InlineData("Fathi", "فتحی", "th as ت and ح")]
    [InlineData("Eshagh", "اسحاق", "sh as س and ح")]
    public void Split_ADigraphReadAsTwoLetters_MeetsThePersianSpelling(string latin, string arabic, string covers)
    {
        var x = NameParser.Parse(latin).Single();
        var y = NameParser.Parse(arabic).Single();
        SkeletonKey.Split(x.Text, x.Script).ShouldBe(y.Key, covers);
    }

    [Theory]
    [InlineData("Ahmadi", "Mahmoudi", "an extra consonant")]
    [InlineData("Karimi", "Rahimi", "different names")]
    public void Of_DifferentNames_DoNotMeet(string a, string b, string covers)
    {
        NameParser.Parse(a).Single().Key.ShouldNotBe(NameParser.Parse(b).Single().Key, covers);
    }

    [Fact]
    public void Of_HassanAndHossein_ShareASkeletonThatOnlyTheVariantTableSeparates()
    {
        var hassan = NameParser.Parse("Hassan").Single();
        var hossein = NameParser.Parse("Hossein").Single();
        hassan.Key.ShouldBe(hossein.Key);
        hassan.Cluster.ShouldNotBe(hossein.Cluster);
    }
}
