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
