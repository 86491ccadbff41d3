using Passage.Matching.Comparison;
using Passage.Matching.Normalisation;

namespace Passage.Matching.Tests.Comparison;

/// <summary>
/// Names written in another script against their Latin spelling: the same person agrees at least as a variant, another
/// person with a name in common or a look-alike single word does not.
/// </summary>
public class OtherScriptNameTests
{
    [Theory]
    [InlineData("Vladimir Putin", "Владимир Путин", NameLevel.Exact, "Cyrillic")]
    [InlineData("Yulia Tymoshenko", "Юлия Тимошенко", NameLevel.Variant, "Cyrillic, another romanisation")]
    [InlineData("Georgios Papadopoulos", "Γεώργιος Παπαδόπουλος", NameLevel.Variant, "Greek, ου written oy")]
    [InlineData("Armen Sargsyan", "Արմեն Սարգսյան", NameLevel.Exact, "Armenian")]
    [InlineData("Mikheil Saakashvili", "მიხეილ სააკაშვილი", NameLevel.Exact, "Georgian")]
    [InlineData("Narendra Modi", "नरेन्द्र मोदी", NameLevel.Variant, "Devanagari without the inherent vowels")]
    [InlineData("Mao Zedong", "毛泽东", NameLevel.Exact, "Chinese")]
    [InlineData("Kim Jong-un", "김정은", NameLevel.Variant, "Korean, another romanisation")]
    [InlineData("Tom Brady", "톰 브래디", NameLevel.Variant, "Korean hears r as l: same sound classes")]
    [InlineData("Philip Schaff", "필립 샤프", NameLevel.Variant, "Korean has no f")]
    [InlineData("George Washington", "ג'ורג' וושינגטון", NameLevel.Variant, "Hebrew writes v for the vowels, ג' for a soft g")]
    [InlineData("Jill Stein", "ג'יל שטיין", NameLevel.Variant, "Hebrew ג' is j")]
    [InlineData("Heinz Hoffmann", "היינץ הופמן", NameLevel.Variant, "Hebrew ts for German z")]
    [InlineData("Shinzo Abe", "アベ シンゾウ", NameLevel.Variant, "Japanese katakana, family name first")]
    [InlineData("Ilham Aliyev", "İlham Əliyev", NameLevel.Variant, "Azerbaijani Latin letters")]
    [InlineData("Vladimir Putin", "Владимир Ленин", NameLevel.Partial, "the same given name, another surname")]
    [InlineData("Aleksandr Petrov", "Александра Петрова", NameLevel.Different, "a man's name and the woman's form")]
    [InlineData("Zahra Sadeghi", "Юлия Тимошенко", NameLevel.Different, "nothing in common")]
    public void Compare_AcrossScripts_GivesTheExpectedLevel(string a, string b, NameLevel expected, string covers)
    {
        NameComparer.Compare(PreparedName.From(a), PreparedName.From(b), wholeNames: true).Level.ShouldBe(expected, covers);
        NameComparer.Compare(PreparedName.From(b), PreparedName.From(a), wholeNames: true).Level.ShouldBe(expected, covers + " (symmetric)");
    }

    [Theory]
    [InlineData("Bratu", "Браун", "one word a sound apart, Cyrillic")]
    [InlineData("Waller", "Walker", "one word a letter apart, Latin")]
    [InlineData("Stanley Waller", "Stanley Walker", "a whole name of two words stays close")]
    public void Compare_OneWordOnlyClose_IsWeakAsAWholeName(string a, string b, string covers)
    {
        var part = NameComparer.Compare(PreparedName.From(a), PreparedName.From(b)).Level;
        var whole = NameComparer.Compare(PreparedName.From(a), PreparedName.From(b), wholeNames: true).Level;

        var oneWord = !a.Contains(' ', StringComparison.Ordinal);
        whole.ShouldBe(oneWord ? NameLevel.Weak : part, covers);
        ((int)part).ShouldBeLessThanOrEqualTo((int)NameLevel.Close, covers);
    }
}
