using System.Text;

namespace Passage.Matching.Normalisation;

/// <summary>
/// Turns a raw name into normalised words separated by single spaces. Arabic script: NFKC, letter
/// variants folded (<see cref="ArabicScript.Fold"/>), harakat, tatweel, Quranic and bidi marks
/// removed, digits to ASCII, ZWNJ turned into a word break (compounds are rejoined when comparing).
/// Latin: diacritics and apostrophe-like marks removed, invariant lower case. Hyphens, commas and
/// other punctuation separate words; a change of script inside a word also separates it. Any other script is
/// first transliterated to Latin letters (<see cref="OtherScripts"/>).
/// </summary>
public static class NameNormaliser
{
    private static readonly string Marked = OtherScripts.Marker.ToString();

    /// <summary>Returns the normalised words of <paramref name="raw"/>; an empty array for a blank name.</summary>
    public static string[] Words(string? raw)
    {
        var text = Normalise(raw, marked: true);
        return text.Length == 0 ? [] : [.. text.Split(' ').Where(w => w.Length > 0 && w != Marked)];
    }

    /// <summary>Returns the normalised form of <paramref name="raw"/>: words separated by one space.</summary>
    public static string Normalise(string? raw) => Normalise(raw, marked: false);

    /// <summary>
    /// The normalised form; with <paramref name="marked"/>, a transliterated word begins with
    /// <see cref="OtherScripts.Marker"/> so that the parser knows its script.
    /// </summary>
    internal static string Normalise(string? raw, bool marked)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return string.Empty;
        }

        var composed = raw.IsNormalized(NormalizationForm.FormKC) ? raw : raw.Normalize(NormalizationForm.FormKC);
        if (OtherScripts.Contains(composed))
        {
            composed = OtherScripts.Transliterate(composed);
        }

        var decomposed = composed.Normalize(NormalizationForm.FormD);
        var output = new StringBuilder(decomposed.Length);
        var last = Script.Latin;
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (c == OtherScripts.Marker)
            {
                if (marked)
                {
                    Append(output, c, Script.Other, ref last, ref pendingSpace);
                    pendingSpace = false;
                    last = Script.Latin;
                }

                continue;
            }

            if (ArabicScript.IsDropped(c) || LatinScript.IsApostrophe(c))
            {
                continue;
            }

            var folded = ArabicScript.Fold(c);
            if (ArabicScript.IsArabicLetter(folded))
            {
                Append(output, folded, Script.Arabic, ref last, ref pendingSpace);
                continue;
            }

            if (LatinScript.IsCombiningMark(c))
            {
                continue;
            }

            if (folded is >= '0' and <= '9' && c != folded)
            {
                Append(output, folded, last, ref last, ref pendingSpace);
                continue;
            }

            var before = output.Length;
            if (last == Script.Arabic && output.Length > 0 && !pendingSpace && char.IsLetter(c))
            {
                pendingSpace = true;
            }

            if (pendingSpace && output.Length > 0 && char.IsLetterOrDigit(c))
            {
                output.Append(' ');
                pendingSpace = false;
            }

            if (LatinScript.AppendFolded(c, output))
            {
                last = Script.Latin;
                continue;
            }

            output.Length = before;
            pendingSpace = output.Length > 0;
        }

        return output.ToString();
    }

    private static void Append(StringBuilder output, char c, Script script, ref Script last, ref bool pendingSpace)
    {
        if (output.Length > 0 && (pendingSpace || last != script))
        {
            output.Append(' ');
        }

        pendingSpace = false;
        output.Append(c);
        last = script;
    }
}
