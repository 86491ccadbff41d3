namespace Passage.Matching.Comparison;

/// <summary>
/// Allocation-free string similarity for short strings (names, codes): Jaro-Winkler, bit-parallel
/// Levenshtein distance (Myers' algorithm, one 64-bit word), and a linear test for "at most one edit"
/// that counts an adjacent transposition as one edit. All comparisons are ordinal.
/// </summary>
public static class StringSimilarity
{
    private const int MaxStack = 128;

    /// <summary>
    /// Jaro-Winkler similarity in [0, 1] with prefix scale 0.1 over at most 4 common leading characters;
    /// 1 for two equal strings (two empty strings included), 0 when one is empty and the other is not.
    /// </summary>
    public static double JaroWinkler(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var jaro = Jaro(a, b);
        if (jaro <= 0.7)
        {
            return jaro;
        }

        var prefix = 0;
        var limit = Math.Min(4, Math.Min(a.Length, b.Length));
        while (prefix < limit && a[prefix] == b[prefix])
        {
            prefix++;
        }

        return jaro + (prefix * 0.1 * (1 - jaro));
    }

    /// <summary>Jaro similarity in [0, 1]: matching characters within the usual window, half-transpositions.</summary>
    public static double Jaro(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.SequenceEqual(b))
        {
            return 1;
        }

        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        if (a.Length > b.Length)
        {
            var t = a;
            a = b;
            b = t;
        }

        var window = Math.Max(0, (b.Length / 2) - 1);
        if (b.Length <= 64)
        {
            return JaroShort(a, b, window);
        }

        Span<bool> matchedB = b.Length <= MaxStack ? stackalloc bool[b.Length] : new bool[b.Length];
        Span<bool> matchedA = a.Length <= MaxStack ? stackalloc bool[a.Length] : new bool[a.Length];
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var from = Math.Max(0, i - window);
            var to = Math.Min(b.Length - 1, i + window);
            for (var j = from; j <= to; j++)
            {
                if (!matchedB[j] && a[i] == b[j])
                {
                    matchedA[i] = true;
                    matchedB[j] = true;
                    matches++;
                    break;
                }
            }
        }

        if (matches == 0)
        {
            return 0;
        }

        var transpositions = 0;
        var k = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (!matchedA[i])
            {
                continue;
            }

            while (!matchedB[k])
            {
                k++;
            }

            if (a[i] != b[k])
            {
                transpositions++;
            }

            k++;
        }

        double m = matches;
        return ((m / a.Length) + (m / b.Length) + ((m - (transpositions / 2.0)) / m)) / 3.0;
    }

    /// <summary>Jaro for strings of at most 64 characters, <paramref name="a"/> the shorter: matched positions kept as bits.</summary>
    private static double JaroShort(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int window)
    {
        ulong matchedA = 0, matchedB = 0;
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var from = Math.Max(0, i - window);
            var to = Math.Min(b.Length - 1, i + window);
            var c = a[i];
            for (var j = from; j <= to; j++)
            {
                if ((matchedB & (1UL << j)) == 0 && c == b[j])
                {
                    matchedA |= 1UL << i;
                    matchedB |= 1UL << j;
                    matches++;
                    break;
                }
            }
        }

        if (matches == 0)
        {
            return 0;
        }

        var transpositions = 0;
        var restB = matchedB;
        var restA = matchedA;
        while (restA != 0)
        {
            var i = System.Numerics.BitOperations.TrailingZeroCount(restA);
            var k = System.Numerics.BitOperations.TrailingZeroCount(restB);
            transpositions += a[i] != b[k] ? 1 : 0;
            restA &= restA - 1;
            restB &= restB - 1;
        }

        double m = matches;
        return ((m / a.Length) + (m / b.Length) + ((m - (transpositions / 2.0)) / m)) / 3.0;
    }

    /// <summary>
    /// Levenshtein distance (insertions, deletions, substitutions). Bit-parallel (Myers 1999) when the
    /// shorter string has at most 64 characters, otherwise the classic two-row dynamic programme.
    /// </summary>
    public static int Levenshtein(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length < b.Length)
        {
            var t = a;
            a = b;
            b = t;
        }

        if (b.Length == 0)
        {
            return a.Length;
        }

        return b.Length <= 64 ? Myers(pattern: b, text: a) : TwoRow(a, b);
    }

    /// <summary>
    /// True when <paramref name="a"/> and <paramref name="b"/> differ by at most one insertion, deletion,
    /// substitution or transposition of two adjacent characters.
    /// </summary>
    public static bool WithinOneEdit(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var prefix = 0;
        var shortest = Math.Min(a.Length, b.Length);
        while (prefix < shortest && a[prefix] == b[prefix])
        {
            prefix++;
        }

        if (prefix == shortest)
        {
            return true;
        }

        var ra = a[(prefix + 1)..];
        var rb = b[(prefix + 1)..];
        if (a.Length == b.Length)
        {
            return ra.SequenceEqual(rb)
                || (prefix + 1 < a.Length && a[prefix] == b[prefix + 1] && a[prefix + 1] == b[prefix] && a[(prefix + 2)..].SequenceEqual(b[(prefix + 2)..]));
        }

        return a.Length > b.Length ? ra.SequenceEqual(b[prefix..]) : a[prefix..].SequenceEqual(rb);
    }

    private static int Myers(ReadOnlySpan<char> pattern, ReadOnlySpan<char> text)
    {
        // Peq as a small open-addressed table keyed by character: names use few distinct characters.
        Span<char> keys = stackalloc char[64];
        Span<ulong> masks = stackalloc ulong[64];
        var distinct = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            var index = keys[..distinct].IndexOf(pattern[i]);
            if (index < 0)
            {
                index = distinct++;
                keys[index] = pattern[i];
                masks[index] = 0;
            }

            masks[index] |= 1UL << i;
        }

        ulong pv = ulong.MaxValue, mv = 0;
        var score = pattern.Length;
        var last = 1UL << (pattern.Length - 1);
        foreach (var c in text)
        {
            var index = keys[..distinct].IndexOf(c);
            var eq = index < 0 ? 0UL : masks[index];
            var xv = eq | mv;
            var xh = (((eq & pv) + pv) ^ pv) | eq;
            var ph = mv | ~(xh | pv);
            var mh = pv & xh;
            if ((ph & last) != 0)
            {
                score++;
            }
            else if ((mh & last) != 0)
            {
                score--;
            }

            ph = (ph << 1) | 1;
            mh <<= 1;
            pv = mh | ~(xv | ph);
            mv = ph & xv;
        }

        return score;
    }

    private static int TwoRow(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
