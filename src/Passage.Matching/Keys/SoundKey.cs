namespace Passage.Matching.Keys;

/// <summary>
/// A coarser key than the skeleton for names transliterated from another script, whose spelling follows how that
/// language hears a foreign name: Korean and Japanese have one sound for r and l and none for f (Philip → 필립, pillib),
/// Hebrew writes v and y for the vowels o, u and i (Birthistle → בירת'יסטל, vyrtystl). The skeleton's symbols are
/// folded to classes — b p f v; t d; s z sh zh ch; k q kh; r l; m; n; g, which meets k and j; j, which meets g and s — after the first symbol v and y are dropped
/// as vowel letters, h and kh always (Cyrillic writes the h of Persian names х, kh), t or d before s or z (ts is z), and a repeated class is written once.
/// </summary>
public static class SoundKey
{
    /// <summary>Writes the sound key of <paramref name="skeleton"/> (a <see cref="SkeletonKey"/>) into <paramref name="output"/>; returns its length.</summary>
    public static int Write(ReadOnlySpan<char> skeleton, Span<char> output)
    {
        var n = 0;
        for (var i = 0; i < skeleton.Length; i++)
        {
            var c = skeleton[i];
            if (c is 'h' or 'x' || (i > 0 && c is 'v' or 'y'))
            {
                continue;
            }

            // ts and tz are one sound, as z is in German (Heinz, היינץ hyynts).
            if (c is 't' or 'd' && i + 1 < skeleton.Length && skeleton[i + 1] is 's' or 'z')
            {
                continue;
            }

            var symbol = c switch
            {
                'b' or 'p' or 'f' or 'v' => 'P',
                't' or 'd' => 'T',
                's' or 'z' or 'S' or 'c' => 'S',
                'k' or 'q' or 'x' => 'K',
                'g' => 'G',
                'j' => 'J',
                'r' or 'l' => 'R',
                _ => c,
            };
            if (n > 0 && output[n - 1] == symbol)
            {
                continue;
            }

            output[n++] = symbol;
        }

        return n;
    }

    /// <summary>True when the sound keys of two skeletons are equal and have at least two symbols.</summary>
    public static bool Same(string a, string b)
    {
        Span<char> ka = stackalloc char[a.Length];
        Span<char> kb = stackalloc char[b.Length];
        var na = Write(a, ka);
        var nb = Write(b, kb);
        if (na < 2 || na != nb)
        {
            return false;
        }

        for (var i = 0; i < na; i++)
        {
            if (!Compatible(ka[i], kb[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>g is hard or soft (Gustav, George), j soft or a sibilant (John, Jacques): g meets k and j, j meets g and s.</summary>
    private static bool Compatible(char a, char b) =>
        a == b || (a, b) is ('G', 'K' or 'J') or ('K' or 'J', 'G') or ('J', 'S') or ('S', 'J');

    /// <summary>True when the sound keys of two skeletons have at least three symbols and are one edit apart.</summary>
    public static bool Near(string a, string b)
    {
        Span<char> ka = stackalloc char[a.Length];
        Span<char> kb = stackalloc char[b.Length];
        var na = Write(a, ka);
        var nb = Write(b, kb);
        return Math.Min(na, nb) >= 3 && Comparison.StringSimilarity.WithinOneEdit(ka[..na], kb[..nb]);
    }
}
