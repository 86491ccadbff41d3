using Passage.Matching.Normalisation;

namespace Passage.Matching.Comparison;

/// <summary>
/// Two tokens that share a stem but are different names by their form: a name and its feminine form
/// (Saeed / Saeedeh, Habib / حبیبه, Soheil / Soheila) and a surname with another affix or none (Karimi / Karimian,
/// Hosseinpour / Hosseinzadeh, Karim / Karimi). Their skeletons are often equal, so without this rule they
/// would count as spellings of one name.
/// </summary>
internal static class DistinctForms
{
    private static readonly string[] LatinAffixes =
        ["zadeh", "zade", "pour", "poor", "pur", "nejad", "nezhad", "far", "iyan", "ian", "yan", "ei", "ee", "ey", "ie", "i", "y"];

    private static readonly string[] ArabicAffixes = ["زاده", "پور", "نژاد", "فر", "یان", "یی", "ی"];

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> are different forms of one stem (which begin alike, within a script).</summary>
    public static bool Differ(in NameToken a, in NameToken b)
    {
        if (a.Script == b.Script)
        {
            return a.Text[0] == b.Text[0] && !CutShort(a.Text, b.Text) && !CutShort(b.Text, a.Text)
                && (Feminine(a, b) || Feminine(b, a) || OtherAffix(a.Text, b.Text, Affixes(a.Script)) || OtherAffix(b.Text, a.Text, Affixes(a.Script))
                    || OtherEnding(a.Text, b.Text, Affixes(a.Script)));
        }

        // A transliteration and a Latin spelling: only the feminine form (Petrov / Петрова); surname affixes are Persian.
        if (a.Script != Script.Arabic && b.Script != Script.Arabic)
        {
            return a.Text[0] == b.Text[0] && (Feminine(a, b) || Feminine(b, a));
        }

        return a.Script == Script.Arabic ? FeminineAcross(a, b) : FeminineAcross(b, a);
    }

    /// <summary>Within a script: <paramref name="female"/> is <paramref name="male"/> with a feminine ending.</summary>
    private static bool Feminine(in NameToken female, in NameToken male)
    {
        var f = female.Text;
        var m = male.Text;
        if (female.Script == Script.Arabic)
        {
            return (f.Length == m.Length + 1 && f[^1] is 'ه' or 'ا' && f.StartsWith(m, StringComparison.Ordinal))
                || (f.Length == m.Length + 2 && f.EndsWith("یه", StringComparison.Ordinal) && f.StartsWith(m, StringComparison.Ordinal) && m[^1] != 'ی');
        }

        if (EndsFeminine(m) || m.Length < 3)
        {
            return false;
        }

        // The stem may be spelled otherwise (Saied / Saeideh): the same skeleton then; with a bare -a or -e it must be the same text.
        return (f.EndsWith("eh", StringComparison.Ordinal) && f.Length > 4 && SameStem(f[..^2], m))
            || (f.EndsWith("iyeh", StringComparison.Ordinal) && f.Length > 6 && SameStem(f[..^3], m))
            || (f.Length == m.Length + 1 && f[^1] is 'a' or 'e' && f.StartsWith(m, StringComparison.Ordinal));
    }

    /// <summary>
    /// Across scripts: a Persian-script name ending in ه and a Latin one ending in a consonant other than h,
    /// or in i (Saied / سعیده, Mahdi / مهدیه), or a Latin name ending in -eh and a Persian-script one that does not end in ه (Saeedeh / سعید).
    /// </summary>
    private static bool FeminineAcross(in NameToken arabic, in NameToken latin)
    {
        var l = latin.Text;
        if (l.Length < 3 || !string.Equals(arabic.Key, latin.Key, StringComparison.Ordinal))
        {
            return false;
        }

        var arabicFeminine = arabic.Text[^1] == 'ه';
        var latinOpen = l[^1] is 'h' or 'a' or 'e';
        return (arabicFeminine && !latinOpen)
            || (!arabicFeminine && l.EndsWith("eh", StringComparison.Ordinal) && arabic.Text[^1] is not ('ع' or 'ح'));
    }

    private static string[] Affixes(Script script) => script == Script.Arabic ? ArabicAffixes : LatinAffixes;

    private static bool SameStem(string stem, string other) =>
        string.Equals(stem, other, StringComparison.Ordinal)
        || string.Equals(Variants.VariantTable.LatinCanonical(stem), Variants.VariantTable.LatinCanonical(other), StringComparison.Ordinal)
        || string.Equals(Keys.SkeletonKey.Of(stem, Script.Latin), Keys.SkeletonKey.Of(other, Script.Latin), StringComparison.Ordinal)
            && StringSimilarity.JaroWinkler(stem, other) >= 0.85;

    private static bool EndsFeminine(string s) => s[^1] is 'a' or 'e' || s.EndsWith("eh", StringComparison.Ordinal) || s.EndsWith("ah", StringComparison.Ordinal);

    /// <summary>
    /// True when <paramref name="cut"/> is <paramref name="whole"/> with the last letter of a two-letter -i affix lost
    /// (Rezae for Rezaei or Rezaee, رضای for رضایی): the vowel left behind ends no stem, so it is the surname cut short,
    /// not the stem without its affix (Karim / Karimi and Reza / Rezai stay two names).
    /// </summary>
    private static bool CutShort(string cut, string whole) =>
        cut.Length >= 4 && whole.Length == cut.Length + 1 && whole.StartsWith(cut, StringComparison.Ordinal)
        && (whole.EndsWith("ei", StringComparison.Ordinal) || whole.EndsWith("ee", StringComparison.Ordinal) || whole.EndsWith("یی", StringComparison.Ordinal));

    /// <summary>One stem with two different surname affixes, or with an affix and none (Karimi / Karimian, Jafar / Jafari).</summary>
    private static bool OtherAffix(string a, string b, string[] affixes)
    {
        foreach (var x in affixes)
        {
            var stemLength = a.Length - x.Length;
            if (stemLength < 3 || !a.EndsWith(x, StringComparison.Ordinal) || !b.AsSpan().StartsWith(a.AsSpan(0, stemLength)))
            {
                continue;
            }

            if (b.Length == stemLength)
            {
                return true;
            }

            foreach (var y in affixes)
            {
                if (b.Length == stemLength + y.Length && b.EndsWith(y, StringComparison.Ordinal) && Code(x) != Code(y))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Two spellings of one stem that end in affixes of different families (Tavakkoli / Tavakolian, Rezaie / Rezaeian,
    /// Hosseini / Hoseinzadeh): the stems begin alike and are alike, and the families differ.
    /// </summary>
    private static bool OtherEnding(string a, string b, string[] affixes)
    {
        var (stemA, codeA) = Ending(a, affixes);
        var (stemB, codeB) = Ending(b, affixes);
        if (codeA == codeB || stemA < 3 || stemB < 3 || (codeA == 0 && a.Length < 4) || (codeB == 0 && b.Length < 4)
            || !a.AsSpan(0, 3).SequenceEqual(b.AsSpan(0, 3))
            || (codeA == 0 && MisspeltAffix(a, codeB, affixes)) || (codeB == 0 && MisspeltAffix(b, codeA, affixes)))
        {
            return false;
        }

        return StringSimilarity.JaroWinkler(a.AsSpan(0, stemA), b.AsSpan(0, stemB)) >= 0.85;
    }

    /// <summary>
    /// True when <paramref name="token"/>, which ends in no listed affix, ends in a misspelling of an affix of the family
    /// <paramref name="family"/> (a letter changed: Qorbanien for -ian, Samannejed for -nejad, Fereydownpowr for -pour,
    /// Bahramzede for -zade; for affixes of four letters or more also a letter lost or added: Hosseinzadh for -zadeh).
    /// Only affixes of three letters or more: any letter is one edit from -i, and Soleyman is Soleimanian without its
    /// -ian, not with it misspelt.
    /// </summary>
    private static bool MisspeltAffix(string token, int family, string[] affixes)
    {
        foreach (var affix in affixes)
        {
            if (affix.Length < 3 || Code(affix) != family)
            {
                continue;
            }

            var spread = affix.Length >= 4 ? 1 : 0;
            for (var length = affix.Length - spread; length <= affix.Length + spread; length++)
            {
                if (token.Length - length >= 3 && StringSimilarity.WithinOneEdit(token.AsSpan(token.Length - length), affix))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The length of the stem before the token's affix, and the affix's family (0 for none).</summary>
    private static (int Stem, int Code) Ending(string token, string[] affixes)
    {
        foreach (var affix in affixes)
        {
            if (token.Length > affix.Length + 2 && token.EndsWith(affix, StringComparison.Ordinal))
            {
                var stem = token.Length - affix.Length;
                // -ian written after the -i it extends (Rezaeian): the stem is the one before the -i.
                return Code(affix) == 6 && stem > 3 && token[stem - 1] is 'e' or 'a' ? (stem - 1, 6) : (stem, Code(affix));
            }
        }

        return (token.Length, 0);
    }

    private static int Code(string affix) => affix switch
    {
        "zadeh" or "zade" or "زاده" => 2,
        "pour" or "poor" or "pur" or "پور" => 3,
        "nejad" or "nezhad" or "نژاد" => 4,
        "far" or "فر" => 5,
        "iyan" or "ian" or "yan" or "یان" => 6,
        _ => 1,
    };
}
