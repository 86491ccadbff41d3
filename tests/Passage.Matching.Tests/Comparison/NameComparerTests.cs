using Passage.Matching.Comparison;
using Passage.Matching.Normalisation;

namespace Passage.Matching.Tests.Comparison;

public class NameComparerTests
{
    [Theory]
    [InlineData("Ali Hosseini", "Ali Hosseini", NameLevel.Exact, "same spelling")]
    [InlineData("Hosseini Ali", "Ali Hosseini", NameLevel.Exact, "given and family names swapped")]
    [InlineData("Hosseini, Ali", "Ali Hosseini", NameLevel.Exact, "Family, Given")]
    [InlineData("Mohammadreza Karimi", "Mohammad Reza Karimi", NameLevel.Exact, "joined and split compound")]
    [InlineData("Mohammad-Reza Karimi", "Mohammadreza Karimi", NameLevel.Exact, "hyphenated and joined compound")]
    [InlineData("محمد‌رضا کریمی", "محمدرضا کریمی", NameLevel.Exact, "ZWNJ compound and joined compound")]
    [InlineData("Mohammad Hosseini", "محمد حسینی", NameLevel.Exact, "listed names across scripts")]
    [InlineData("Seyyed Ali Hosseini", "Ali Hosseini", NameLevel.Exact, "optional honorific on one side")]
    [InlineData("Muhammad Husseini", "Mohammad Hosseini", NameLevel.Variant, "Latin spelling variants")]
    [InlineData("Hossieni", "Hosseini", NameLevel.Variant, "vowel transposition keeps the skeleton")]
    [InlineData("Hurriya Jafari", "Hurriyeh Jafari", NameLevel.Variant, "female name endings")]
    [InlineData("Kourosh Shahbazi", "Kourosh Shahbazy", NameLevel.Variant, "final y for i in an unlisted surname")]
    [InlineData("Stanley Waller", "Stanley Walker", NameLevel.Close, "a consonant typo in a Latin name")]
    [InlineData("Azam Karimabadi", "Aem Karimabadi", NameLevel.Misspelt, "a bad misspelling of one token, the other exact")]
    [InlineData("Zahra Ahmadi", "Zahra Moradi", NameLevel.Partial, "two surnames that look alike are not a misspelling")]
    [InlineData("Ali Reza Hosseini", "Ali Hosseini", NameLevel.Subset, "an extra token on one side")]
    [InlineData("Hossein Rezaei", "Hassan Rezaei", NameLevel.Partial, "different given names with one skeleton")]
    [InlineData("Mahmoud Karimi", "Mohammad Karimi", NameLevel.Partial, "Mahmoud is not Mohammad")]
    [InlineData("Ali Hosseini", "Ali Hosseinzadeh", NameLevel.Partial, "different surname affixes")]
    [InlineData("Zahra Sadeghi", "Kaveh Amini", NameLevel.Different, "nothing in common")]
    public void Compare_NamePairs_GiveTheExpectedLevel(string a, string b, NameLevel expected, string covers)
    {
        NameComparer.Compare(PreparedName.From(a), PreparedName.From(b)).Level.ShouldBe(expected, covers);
        NameComparer.Compare(PreparedName.From(b), PreparedName.From(a)).Level.ShouldBe(expected, covers + " (symmetric)");
    }

    [Fact]
    public void Compare_CloserSpelling_RanksHigher()
    {
        var query = PreparedName.From("Hossein Rezaei");
        var same = NameComparer.Compare(query, PreparedName.From("حسین رضایی")).Similarity;
        var other = NameComparer.Compare(query, PreparedName.From("Hassan Rezaei")).Similarity;
        same.ShouldBeGreaterThan(other);
    }
}
