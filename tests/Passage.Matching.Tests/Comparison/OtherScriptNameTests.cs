using Passage.Matching.Comparison;
using Passage.Matching.Normalisation;

namespace Passage.Matching.Tests.Comparison;

/// <summary>
/// Persian names written in another script, as foreign documents write them, against their Latin and Persian spellings:
/// the same name agrees at least as a variant; another name, another family or a look-alike single word does not.
/// </summary>
public class OtherScriptNameTests
{
    [Theory]
    [InlineData("Ali Hosseini", "Али Хоссейни", NameLevel.Exact, "Cyrillic writes h as х (kh)")]
    [InlineData("Mohammad Rezaei", "Мохаммад Резаи", NameLevel.Exact, "Cyrillic, another spelling of a listed name")]
    [InlineData("علی حسینی", "Али Хоссейни", NameLevel.Exact, "Persian script and Cyrillic")]
    [InlineData("Babak Bahrami", "Бабак Бахрами", NameLevel.Exact, "Cyrillic, listed names with kh for h")]
    [InlineData("Reza Tehrani", "Ρεζά Τεχρανί", NameLevel.Close, "Greek writes h as χ (ch)")]
    [InlineData("Ali Hosseini", "Ալի Հոսեյնի", NameLevel.Exact, "Armenian")]
    [InlineData("Zahra Karimi", "ზაჰრა ქარიმი", NameLevel.Exact, "Georgian")]
    [InlineData("Farid Rahimi", "फ़रीद रहीमी", NameLevel.Variant, "Devanagari without the inherent vowels")]
    [InlineData("Ali Hosseini", "阿里·侯赛尼", NameLevel.Exact, "Chinese, the parts separated by a middle dot")]
    [InlineData("Farhad Karimi", "파르하드 카리미", NameLevel.Variant, "Korean hears r as l and has no f: same sound classes")]
    [InlineData("Ali Hosseini", "עלי חוסייני", NameLevel.Variant, "Hebrew writes v and y for the vowels")]
    [InlineData("Jamil Karimi", "ג'מיל כרימי", NameLevel.Variant, "Hebrew ג' is j and כ is k")]
    [InlineData("Reza Karimi", "レザ カリミ", NameLevel.Exact, "Japanese katakana")]
    [InlineData("Ilham Aliyev", "İlham Əliyev", NameLevel.Variant, "Azerbaijani Latin letters")]
    [InlineData("Hamid Karimi", "Хамед Карими", NameLevel.Different, "Hamid is not Hamed, in Cyrillic too")]
    [InlineData("Ali Hosseini", "Али Хоссейнзаде", NameLevel.Different, "-i and -zadeh are two families, in Cyrillic too")]
    [InlineData("Ali Karimi", "Али Каримян", NameLevel.Different, "-i and -ian are two families, in Cyrillic too")]
    [InlineData("Reza Karimi", "Рахим Карими", NameLevel.Different, "the same surname, another listed given name")]
    [InlineData("Zahra Sadeghi", "Бабак Бахрами", NameLevel.Different, "nothing in common")]
    public void Compare_AcrossScripts_GivesTheExpectedLevel(string a, string b, NameLevel expected, string covers)
    {
        NameComparer.Compare(PreparedName.From(a), PreparedName.From(b), wholeNames: true).Level.ShouldBe(expected, covers);
        NameComparer.Compare(PreparedName.From(b), PreparedName.From(a), wholeNames: true).Level.ShouldBe(expected, covers + " (symmetric)");
    }

    [Theory]
    [InlineData("Bahrami", "Бахрани", "one word a sound apart, Cyrillic")]
    [InlineData("Bahrami", "Bakhrani", "one word a letter apart, Latin")]
    [InlineData("Farid Bahrami", "Farid Bakhrani", "a whole name of two words stays close")]
    public void Compare_OneWordOnlyClose_IsWeakAsAWholeName(string a, string b, string covers)
    {
        var part = NameComparer.Compare(PreparedName.From(a), PreparedName.From(b)).Level;
        var whole = NameComparer.Compare(PreparedName.From(a), PreparedName.From(b), wholeNames: true).Level;

        var oneWord = !a.Contains(' ', StringComparison.Ordinal);
        whole.ShouldBe(oneWord ? NameLevel.Weak : part, covers);
        part.ShouldBe(NameLevel.Close, covers);
    }
}
