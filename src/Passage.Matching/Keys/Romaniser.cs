using Passage.Matching.Normalisation;

namespace Passage.Matching.Keys;

/// <summary>
/// A plain Latin rendering of a normalised Arabic-script token, vowel letters included (ا → a,
/// و → u or v, ی → i or y, final ه → e), for comparing with a Latin spelling letter by letter. It keeps
/// more than the skeleton key (long vowels, sh/kh/gh digraphs) and so ranks cross-script candidates
/// more finely; it is not a transliteration standard.
/// </summary>
public static class Romaniser
{
    /// <summary>Renders <paramref name="token"/> in Latin letters.</summary>
    public static string Of(string token)
    {
        Span<char> output = stackalloc char[token.Length * 3];
        var n = 0;
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            var first = i == 0;
            var last = i == token.Length - 1;
            var text = c switch
            {
                ArabicScript.Alef => "a",
                ArabicScript.Waw => first || (i > 0 && token[i - 1] == ArabicScript.Alef) ? "v" : "u",
                ArabicScript.Yeh => first ? "y" : "i",
                ArabicScript.Heh => last && !first ? "e" : "h",
                '\u0628' => "b",
                '\u067E' => "p",
                '\u062A' or '\u0637' => "t",
                '\u062B' => "th",
                '\u0633' or '\u0635' => "s",
                '\u062C' => "j",
                '\u0686' => "ch",
                '\u062D' => "h",
                '\u062E' => "kh",
                '\u062F' => "d",
                '\u0630' => "dh",
                '\u0632' or '\u0636' or '\u0638' => "z",
                '\u0631' => "r",
                '\u0698' => "zh",
                '\u0634' => "sh",
                '\u063A' => "gh",
                '\u0642' => "q",
                '\u0641' => "f",
                ArabicScript.Kaf => "k",
                '\u06AF' => "g",
                '\u0644' => "l",
                '\u0645' => "m",
                '\u0646' => "n",
                >= '0' and <= '9' => c.ToString(),
                _ => string.Empty,
            };
            text.AsSpan().CopyTo(output[n..]);
            n += text.Length;
        }

        return new string(output[..n]);
    }
}
