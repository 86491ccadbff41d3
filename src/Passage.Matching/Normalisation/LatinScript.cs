using System.Globalization;
using AnyAscii;

namespace Passage.Matching.Normalisation;

/// <summary>Character-level rules for names written in Latin script. Culture-invariant.</summary>
public static class LatinScript
{
    /// <summary>
    /// True for an apostrophe-like mark that transliterations use for ayn and hamza and that is
    /// removed without a trace: ʿ ʾ ’ ‘ ' ` ´ ʼ ʻ ′.
    /// </summary>
    public static bool IsApostrophe(char c) =>
        c is '\u02BF' or '\u02BE' or '\u2019' or '\u2018' or '\'' or '`' or '\u00B4' or '\u02BC' or '\u02BB' or '\u2032';

    /// <summary>True for a combining mark (a diacritic after canonical decomposition).</summary>
    public static bool IsCombiningMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.EnclosingMark;

    /// <summary>
    /// Appends the invariant lower-case ASCII form of a decomposed Latin letter to <paramref name="output"/>:
    /// letters without a decomposition are spelled out (ß → ss, æ → ae, ø → o, ł → l, đ → d, ı → i, þ → th), and any
    /// other Latin letter as the AnyAscii library spells it (Azerbaijani ə → e, ƒ → f).
    /// Returns false when <paramref name="c"/> is not a Latin letter or digit.
    /// </summary>
    public static bool AppendFolded(char c, System.Text.StringBuilder output)
    {
        var lower = char.ToLowerInvariant(c);
        if (lower is >= 'a' and <= 'z' or >= '0' and <= '9')
        {
            output.Append(lower);
            return true;
        }

        var spelled = lower switch
        {
            'ß' => "ss",
            'æ' => "ae",
            'œ' => "oe",
            'ø' => "o",
            'ł' => "l",
            'đ' or 'ð' => "d",
            'ı' => "i",
            'þ' => "th",
            'ħ' => "h",
            'ŧ' => "t",
            _ => null,
        };
        if (spelled is null && char.IsLetter(c) && c < '\u0370')
        {
            spelled = c.ToString().Transliterate().ToLowerInvariant();
            spelled = spelled.Length > 0 && spelled.All(char.IsAsciiLetterLower) ? spelled : null;
        }

        if (spelled is null)
        {
            return false;
        }

        output.Append(spelled);
        return true;
    }
}
