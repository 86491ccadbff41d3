using System.Text;

namespace Passage.Matching.Normalisation;

/// <summary>
/// Turns a raw name into normalised words separated by single spaces. Arabic script: NFKC, letter
/// variants folded (<see cref="ArabicScript.Fold"/>), harakat, tatweel, Quranic and bidi marks
/// removed, digits to ASCII, ZWNJ turned into a word break (compounds are rejoined when comparing).
/// Latin: diacritics and apostrophe-like marks removed, invariant lower case. Hyphens, commas and
/// other punctuation separate words; a change of script inside a word also separates it.
/// </summary>
public static class NameNormaliser
{
    /// <summary>Returns the normalised words of <paramref name="raw"/>; an empty array for a blank name.</summary>
    public static string[] Words(string? raw)
    {
        var text = Normalise(raw);
        return text.Length == 0 ? [] : text.Split(' ');
    }

    /// <summary>Returns the normalised form of <paramref name="raw"/>: words separated by one space.</summary>
    public static string Normalise(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return string.Empty;
        }

        var composed = raw.IsNormalized(NormalizationForm.FormKC) ? raw : raw.Normalize(NormalizationForm.FormKC);
        var decomposed = composed.Normalize(NormalizationForm.FormD);
        var output = new StringBuilder(decomposed.Length);
        var last = Script.Latin;
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
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
                before = output.Length;
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
