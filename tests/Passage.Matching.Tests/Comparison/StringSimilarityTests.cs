using Passage.Matching.Comparison;

namespace Passage.Matching.Tests.Comparison;

public class StringSimilarityTests
{
    [Theory]
    [InlineData("martha", "marhta", 0.961, "classic transposition example")]
    [InlineData("dwayne", "duane", 0.840, "classic example with a different length")]
    [InlineData("dixon", "dicksonx", 0.813, "classic example with a long tail")]
    [InlineData("abc", "abc", 1.0, "equal strings")]
    [InlineData("abc", "xyz", 0.0, "nothing in common")]
    [InlineData("", "", 1.0, "two empty strings are equal")]
    [InlineData("a", "", 0.0, "one empty string")]
    public void JaroWinkler_KnownPairs_GiveKnownValues(string a, string b, double expected, string covers)
    {
        StringSimilarity.JaroWinkler(a, b).ShouldBe(expected, 0.001, covers);
        StringSimilarity.JaroWinkler(b, a).ShouldBe(expected, 0.001, covers + " (symmetric)");
    }

    [Fact]
    public void Jaro_ShortAndLongStrings_AgreeWithTheTextbookDefinition()
    {
        var random = new Random(11);
        for (var n = 0; n < 2000; n++)
        {
            var a = Word(random, random.Next(1, n % 10 == 0 ? 90 : 14));
            var b = Word(random, random.Next(1, n % 10 == 0 ? 90 : 14));
            StringSimilarity.Jaro(a, b).ShouldBe(TextbookJaro(a, b), 1e-12, $"{a} / {b}");
        }
    }

    private static string Word(Random random, int length) =>
        new([.. Enumerable.Range(0, length).Select(_ => "aehimnorst"[random.Next(10)])]);

    private static double TextbookJaro(string s, string t)
    {
        if (s == t)
        {
            return 1;
        }

        var (a, b) = s.Length <= t.Length ? (s, t) : (t, s);
        var window = Math.Max(0, (b.Length / 2) - 1);
        var matchedA = new bool[a.Length];
        var matchedB = new bool[b.Length];
        var m = 0;
        for (var i = 0; i < a.Length; i++)
        {
            for (var j = Math.Max(0, i - window); j <= Math.Min(b.Length - 1, i + window); j++)
            {
                if (!matchedB[j] && a[i] == b[j])
                {
                    matchedA[i] = matchedB[j] = true;
                    m++;
                    break;
                }
            }
        }

        if (m == 0)
        {
            return 0;
        }

        var ma = a.Where((_, i) => matchedA[i]).ToArray();
        var mb = b.Where((_, j) => matchedB[j]).ToArray();
        var half = ma.Zip(mb).Count(p => p.First != p.Second);
        return ((double)m / a.Length + (double)m / b.Length + (m - (half / 2.0)) / m) / 3.0;
    }

    [Theory]
    [InlineData("kitten", "sitting", 3, "classic example")]
    [InlineData("hosseini", "husseini", 1, "one substitution")]
    [InlineData("", "abc", 3, "empty against non-empty")]
    [InlineData("abc", "abc", 0, "equal")]
    [InlineData("flaw", "lawn", 2, "deletion and insertion")]
    public void Levenshtein_KnownPairs_GiveKnownDistances(string a, string b, int expected, string covers)
    {
        StringSimilarity.Levenshtein(a, b).ShouldBe(expected, covers);
        StringSimilarity.Levenshtein(b, a).ShouldBe(expected, covers + " (symmetric)");
    }

    [Fact]
    public void Levenshtein_LongerThanOneWord_MatchesTheDynamicProgramme()
    {
        var a = new string('a', 70) + "b";
        var b = "c" + new string('a', 69) + "bd";
        StringSimilarity.Levenshtein(a, b).ShouldBe(2);
    }

    [Theory]
    [InlineData("4223", "4223", true, "equal")]
    [InlineData("4223", "4233", true, "one substitution")]
    [InlineData("4223", "2423", true, "adjacent transposition")]
    [InlineData("4223", "423", true, "one deletion")]
    [InlineData("4223", "42235", true, "one insertion at the end")]
    [InlineData("4223", "4332", false, "two edits")]
    [InlineData("4223", "42", false, "two deletions")]
    public void WithinOneEdit_Pairs_AnswerCorrectly(string a, string b, bool expected, string covers)
    {
        StringSimilarity.WithinOneEdit(a, b).ShouldBe(expected, covers);
        StringSimilarity.WithinOneEdit(b, a).ShouldBe(expected, covers + " (symmetric)");
    }
}
