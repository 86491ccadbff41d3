using Passage.Matching.Normalisation;

namespace Passage.Matching.Keys;

/// <summary>
/// The script-neutral key of one normalised name token: a consonant skeleton in which Arabic-script
/// letters are transliterated and Latin digraphs are folded to the same symbols, so that spellings of
/// one name meet across scripts (Hosseini, Hossieni, Husseini and حسینی all give <c>hsn</c> + final
/// vowel dropped; Mohammad, Mohamed, Muhammad and محمد all give <c>hmd</c> after the initial m).
/// </summary>
/// <remarks>
/// Symbols: b p t s j c(ch/چ) h x(kh/خ) d z r S(sh/ش) q(gh/q/غ/ق) f k g l m n v y. Vowels and
/// letters used as vowels are dropped: Latin a e i o u, y except before a vowel at the start, w after a
/// vowel before a consonant or at the end; Arabic ا and ع, ی except at the start, و except at the start,
/// after ا, or before ا or ی. A final h after a vowel (Latin) and a final ه (Arabic) are dropped, and a
/// doubled symbol is written once. The key is lossy on purpose: it is for finding candidates and for
/// comparing across scripts, while the variant table and string similarity separate names it merges
/// (Hassan and Hossein share <c>hsn</c>).
/// </remarks>
public static class SkeletonKey
{
    private static readonly System.Buffers.SearchValues<char> PersianDigraphLetters = System.Buffers.SearchValues.Create("ثشخغقذژ");

    /// <summary>Returns the skeleton of one normalised token of the given script.</summary>
    public static string Of(string token, Script script)
    {
        Span<char> buffer = stackalloc char[Math.Max(token.Length * 2, 4)];
        var length = script == Script.Arabic ? Arabic(token, buffer, plain: false) : Latin(token, buffer, Reading.Standard);
        return new string(buffer[..length]);
    }

    /// <summary>
    /// The skeleton of a token written with plain letters for the digraphs th, sh, kh, gh, dh, zh (their h lost, as
    /// writers and typists lose it: Kosravi, Bageri, Sahram): in Latin the h after t, s, k, g, d or z is silent; in
    /// Persian script ث, ش, خ, غ and ق, ذ, ژ give the plain letters t, s, k, g, d, z. Equal to <see cref="Of"/> for a
    /// token with none of them.
    /// </summary>
    public static string Plain(string token, Script script)
    {
        Span<char> buffer = stackalloc char[Math.Max(token.Length * 2, 4)];
        var length = script == Script.Arabic ? Arabic(token, buffer, plain: true) : Latin(token, buffer, Reading.Plain);
        return new string(buffer[..length]);
    }

    /// <summary>
    /// The skeleton of a Latin token with the digraphs th, sh, kh, dh, zh read as two letters (Fathi as فتحی, Eshagh
    /// as اسحاق, where the h is a letter of its own; gh is always one letter); equal to <see cref="Of"/> for a Persian-script token.
    /// </summary>
    public static string Split(string token, Script script)
    {
        if (script == Script.Arabic)
        {
            return Of(token, script);
        }

        Span<char> buffer = stackalloc char[Math.Max(token.Length * 2, 4)];
        return new string(buffer[..Latin(token, buffer, Reading.Split)]);
    }

    /// <summary>True when a token holds a digraph letter (Latin th, sh, kh, gh, dh, zh; Persian ث ش خ غ ق ذ ژ), so that <see cref="Plain"/> differs from <see cref="Of"/>.</summary>
    public static bool HasDigraph(string token, Script script)
    {
        if (script == Script.Arabic)
        {
            return token.AsSpan().IndexOfAny(PersianDigraphLetters) >= 0;
        }

        for (var i = 1; i < token.Length; i++)
        {
            if (token[i] == 'h' && token[i - 1] is 't' or 's' or 'k' or 'g' or 'd' or 'z')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How a Latin digraph is read: as the one letter it transliterates, as that letter's plain form with the h lost, or as two letters.</summary>
    private enum Reading
    {
        Standard,
        Plain,
        Split,
    }

    private static bool IsLatinVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static int Latin(ReadOnlySpan<char> s, Span<char> output, Reading reading)
    {
        var n = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var next = i + 1 < s.Length ? s[i + 1] : '\0';
            char symbol;
            switch (c)
            {
                case 'a' or 'e' or 'i' or 'o' or 'u':
                    continue;
                case 'y':
                    if (i == 0 && IsLatinVowel(next))
                    {
                        symbol = 'y';
                        break;
                    }

                    continue;
                case 'w' or 'v':
                    if (c == 'w' && i > 0 && IsLatinVowel(s[i - 1]) && !IsLatinVowel(next))
                    {
                        continue;
                    }

                    symbol = 'v';
                    break;
                case 'k' when next == 'h':
                    symbol = reading == Reading.Standard ? 'x' : 'k';
                    n = reading == Reading.Split ? Put(output, n, symbol) : n;
                    symbol = reading == Reading.Split ? 'h' : symbol;
                    i++;
                    break;
                case 'g' when next == 'h':
                    symbol = reading == Reading.Plain ? 'g' : 'q';
                    i++;
                    break;
                case 's' when next == 'h':
                    symbol = reading == Reading.Standard ? 'S' : 's';
                    n = reading == Reading.Split ? Put(output, n, symbol) : n;
                    symbol = reading == Reading.Split ? 'h' : symbol;
                    i++;
                    break;
                case 'c' when next == 'h':
                    symbol = 'c';
                    i++;
                    break;
                case 'z' when next == 'h':
                    symbol = reading == Reading.Standard ? 'j' : 'z';
                    n = reading == Reading.Split ? Put(output, n, symbol) : n;
                    symbol = reading == Reading.Split ? 'h' : symbol;
                    i++;
                    break;
                case 't' when next == 'h':
                    symbol = reading == Reading.Standard ? 's' : 't';
                    n = reading == Reading.Split ? Put(output, n, symbol) : n;
                    symbol = reading == Reading.Split ? 'h' : symbol;
                    i++;
                    break;
                case 'd' when next == 'h':
                    symbol = reading == Reading.Standard ? 'z' : 'd';
                    n = reading == Reading.Split ? Put(output, n, symbol) : n;
                    symbol = reading == Reading.Split ? 'h' : symbol;
                    i++;
                    break;
                case 'p' when next == 'h':
                    symbol = 'f';
                    i++;
                    break;
                case 'd' when next == 'j':
                    symbol = 'j';
                    i++;
                    break;
                case 'c' when next == 'k':
                    symbol = 'k';
                    i++;
                    break;
                case 'c':
                    symbol = 'k';
                    break;
                case 'q':
                    symbol = 'q';
                    break;
                case 'x':
                    n = Put(output, n, 'k');
                    symbol = 's';
                    break;
                case 'h':
                    if (i == s.Length - 1 && i > 0 && IsLatinVowel(s[i - 1]))
                    {
                        continue;
                    }

                    symbol = 'h';
                    break;
                default:
                    symbol = c;
                    break;
            }

            n = Put(output, n, symbol);
        }

        return n;
    }

    private static int Arabic(ReadOnlySpan<char> s, Span<char> output, bool plain)
    {
        var n = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var previous = i > 0 ? s[i - 1] : '\0';
            var next = i + 1 < s.Length ? s[i + 1] : '\0';
            char symbol;
            switch (c)
            {
                case ArabicScript.Alef or '\u0639':
                    continue;
                case ArabicScript.Yeh:
                    if (i == 0)
                    {
                        symbol = 'y';
                        break;
                    }

                    continue;
                case ArabicScript.Waw:
                    if (i == 0 || previous == ArabicScript.Alef || (next is ArabicScript.Alef or ArabicScript.Yeh && previous != ArabicScript.Waw))
                    {
                        symbol = 'v';
                        break;
                    }

                    continue;
                case ArabicScript.Heh:
                    if (i == s.Length - 1 && i > 0)
                    {
                        continue;
                    }

                    symbol = 'h';
                    break;
                default:
                    symbol = plain ? PlainLetter(c) : Letter(c);
                    if (symbol == '\0')
                    {
                        continue;
                    }

                    break;
            }

            n = Put(output, n, symbol);
        }

        return n;
    }

    private static char PlainLetter(char c) => c switch
    {
        '\u062B' => 't',
        '\u0634' => 's',
        '\u062E' => 'k',
        '\u063A' or '\u0642' => 'g',
        '\u0630' => 'd',
        '\u0698' => 'z',
        _ => Letter(c),
    };

    private static char Letter(char c) => c switch
    {
        '\u0628' => 'b',
        '\u067E' => 'p',
        '\u062A' or '\u0637' => 't',
        '\u062B' or '\u0633' or '\u0635' => 's',
        '\u062C' => 'j',
        '\u0686' => 'c',
        '\u062D' => 'h',
        '\u062E' => 'x',
        '\u062F' => 'd',
        '\u0630' or '\u0632' or '\u0636' or '\u0638' => 'z',
        '\u0631' => 'r',
        '\u0698' => 'j',
        '\u0634' => 'S',
        '\u063A' or '\u0642' => 'q',
        '\u0641' => 'f',
        ArabicScript.Kaf => 'k',
        '\u06AF' => 'g',
        '\u0644' => 'l',
        '\u0645' => 'm',
        '\u0646' => 'n',
        >= '0' and <= '9' => c,
        _ => '\0',
    };

    private static int Put(Span<char> output, int n, char symbol)
    {
        if (n > 0 && output[n - 1] == symbol)
        {
            return n;
        }

        output[n] = symbol;
        return n + 1;
    }
}
