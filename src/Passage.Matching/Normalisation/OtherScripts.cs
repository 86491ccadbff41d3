using System.Globalization;
using System.Text;
using AnyAscii;

namespace Passage.Matching.Normalisation;

/// <summary>
/// Names written in a script that is neither Latin nor Arabic (Cyrillic, Greek, Hebrew, Armenian, Georgian,
/// Devanagari and the other Indic scripts, Chinese, Japanese, Korean, Thai…) are transliterated to Latin letters
/// with the AnyAscii library, so that they meet their romanised spellings as other Latin names do. Each run of
/// such characters (a letter with its combining vowel signs) becomes its own word or words: Chinese and Korean are
/// transliterated syllable by syllable in capitals (毛泽东 → MaoZeDong) and are split after the family name
/// (mao zedong).
/// </summary>
public static class OtherScripts
{
    /// <summary>Marks, inside the normaliser, a word that was transliterated (a private-use character, removed before any output).</summary>
    internal const char Marker = '\uE000';

    /// <summary>True when <paramref name="text"/> has a character this class transliterates.</summary>
    public static bool Contains(string text)
    {
        foreach (var c in text)
        {
            if (IsOther(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Returns <paramref name="text"/> (composed, NFKC) with every run of other-script characters replaced by its
    /// Latin transliteration between spaces; Latin and Arabic-script characters are kept as they are.
    /// </summary>
    public static string Transliterate(string text)
    {
        var output = new StringBuilder(text.Length * 2);
        var alone = IsOneWord(text);
        var i = 0;
        while (i < text.Length)
        {
            if (!IsOther(text[i]))
            {
                output.Append(text[i++]);
                continue;
            }

            var start = i;
            while (i < text.Length && (IsOther(text[i]) || IsMark(text[i]) || IsGeresh(text[i])))
            {
                i++;
            }

            output.Append(' ').Append(Marker);
            var run = text.AsSpan(start, i - start).ToString();
            AppendSyllables(output, Geresh(run, run.Transliterate()), alone);
            output.Append(' ');
        }

        return output.ToString();
    }

    /// <summary>
    /// Appends a transliteration. Chinese and Korean come syllable by syllable in capitals (MaoZeDong, GimJeongEun): a
    /// name written as one such word (<paramref name="alone"/>: 毛泽东, 박진우) is family name and given name, and the first
    /// syllable becomes a word of its own and the rest one word (mao zedong, bag jinu), as these names are romanised.
    /// A name of several words keeps each word whole.
    /// </summary>
    private static void AppendSyllables(StringBuilder output, string latin, bool alone)
    {
        var split = !alone;
        for (var i = 0; i < latin.Length; i++)
        {
            if (!split && i > 0 && char.IsUpper(latin[i]) && char.IsLower(latin[i - 1]))
            {
                output.Append(' ').Append(Marker);
                split = true;
            }

            output.Append(latin[i]);
        }
    }

    /// <summary>
    /// True for a letter, digit or surrogate outside the Latin and Arabic blocks: not Basic Latin to IPA
    /// (U+0000–U+02AF), not Latin Extended Additional (U+1E00–U+1EFF), Extended-C/D/E, not combining diacritics,
    /// and not Arabic (U+0600–U+08FF, presentation forms).
    /// </summary>
    private static bool IsOther(char c)
    {
        if (c < '\u0370' || c is (>= '\u0600' and <= '\u08FF') or (>= '\u1E00' and <= '\u1EFF') or (>= '\u2C60' and <= '\u2C7F')
            or (>= '\uA720' and <= '\uA7FF') or (>= '\uAB30' and <= '\uAB6F') or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF')
            or (>= '\uFF00' and <= '\uFF5A'))
        {
            return false;
        }

        return char.IsSurrogate(c) || char.IsLetterOrDigit(c);
    }

    /// <summary>
    /// Hebrew writes the sounds it lacks with a geresh after a letter (ג' j as in George, צ' ch, ז' zh); the library
    /// transliterates letter by letter (g', ts', z'), so these three are spelled as heard; and כ, which the library writes
    /// kh, is the k of foreign names (כרימי, Karimi).
    /// </summary>
    private static string Geresh(string run, string latin) =>
        !run.Any(c => c is >= '\u05D0' and <= '\u05EA') ? latin
            : latin.Replace("g'", "j", StringComparison.Ordinal).Replace("ts'", "ch", StringComparison.Ordinal).Replace("z'", "zh", StringComparison.Ordinal)
                .Replace("kh", "k", StringComparison.Ordinal);

    /// <summary>True when <paramref name="text"/> is one word: no letter outside one run of other-script characters.</summary>
    private static bool IsOneWord(string text)
    {
        var trimmed = text.AsSpan().Trim();
        foreach (var c in trimmed)
        {
            if (!IsOther(c) && !IsMark(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An apostrophe or geresh inside a run (Hebrew ג'ורג'), which marks a sound and does not end a word.</summary>
    private static bool IsGeresh(char c) => c is '\u05F3' or '\u05F4' || LatinScript.IsApostrophe(c);

    private static bool IsMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.EnclosingMark;
}
