using Passage.Matching.Normalisation;

namespace Passage.Matching.Comparison;

/// <summary>
/// Compares two names token by token, independently of order: given and family names swapped, or
/// "Family, Given", align the same way. A token may also align with two adjacent tokens of the other
/// name written as one word (Mohammadreza = Mohammad Reza). Alignment is greedy on the best remaining
/// similarity, which is exact for the short names this is for. When two tokens known to be different names
/// (<see cref="TokenSimilarity.DistinctNames"/>) are aligned, the names are <see cref="NameLevel.Different"/>
/// whatever else agrees: Hamid Karimi and Hamed Karimi are two people.
/// </summary>
public static class NameComparer
{
    private const int MaxTokens = 12;
    private const double AlignFloor = 0.5;

    /// <summary>
    /// Compares <paramref name="a"/> with <paramref name="b"/>; symmetric in level and similarity. With
    /// <paramref name="wholeNames"/> (a person's whole name, not one part of it), two names of one word each that are
    /// only close (a letter or a sound apart: Lauro and Mauro, Bratu and Браун) are <see cref="NameLevel.Weak"/>: one
    /// word is too little to call a typo the same name.
    /// </summary>
    public static NameComparison Compare(PreparedName a, PreparedName b, TermFrequencies? frequencies = null, bool wholeNames = false)
    {
        var ta = a.TokenArray;
        var tb = b.TokenArray;
        if (ta.Length == 0 || tb.Length == 0)
        {
            return new NameComparison(NameLevel.Different, 0, double.NaN);
        }

        if (ta.Length > MaxTokens || tb.Length > MaxTokens)
        {
            ta = ta[..Math.Min(ta.Length, MaxTokens)];
            tb = tb[..Math.Min(tb.Length, MaxTokens)];
        }

        // Units: tokens 0..n-1, then joined pairs n..2n-2 (joined i covers tokens i and i+1).
        var unitsA = ta.Length + Math.Max(0, ta.Length - 1);
        var unitsB = tb.Length + Math.Max(0, tb.Length - 1);
        Span<double> sims = stackalloc double[unitsA * unitsB];
        for (var i = 0; i < unitsA; i++)
        {
            for (var j = 0; j < unitsB; j++)
            {
                var joinedA = i >= ta.Length;
                var joinedB = j >= tb.Length;
                var unitA = joinedA ? a.JoinedArray[i - ta.Length] : ta[i];
                var unitB = joinedB ? b.JoinedArray[j - tb.Length] : tb[j];
                sims[(i * unitsB) + j] = (joinedA && joinedB) || (joinedA != joinedB && !OneCompound(unitA, unitB)) ? -1
                    : TokenSimilarity.Of(unitA, unitB);
            }
        }

        var usedA = 0;
        var usedB = 0;
        var matched = 0;
        var sum = 0.0;
        var min = 1.0;
        var max = 0.0;
        var allExact = true;
        var conflict = false;
        var (weakestA, weakestB) = (-1, -1);
        Span<int> alignedA = stackalloc int[(2 * MaxTokens) - 1];
        while (true)
        {
            var best = -1.0;
            var bi = -1;
            var bj = -1;
            for (var i = 0; i < unitsA; i++)
            {
                var maskA = Mask(i, ta.Length);
                if ((usedA & maskA) != 0)
                {
                    continue;
                }

                for (var j = 0; j < unitsB; j++)
                {
                    var s = sims[(i * unitsB) + j];
                    if (s > best && (usedB & Mask(j, tb.Length)) == 0)
                    {
                        best = s;
                        bi = i;
                        bj = j;
                    }
                }
            }

            if (best < AlignFloor)
            {
                break;
            }

            usedA |= Mask(bi, ta.Length);
            usedB |= Mask(bj, tb.Length);
            var width = (bi >= ta.Length || bj >= tb.Length) ? 2 : 1;
            matched++;
            sum += best * width;
            if (best < min)
            {
                min = best;
                (weakestA, weakestB) = (bi, bj);
            }

            max = Math.Max(max, best);
            allExact &= best >= 1;
            // Two names known to be different (Hamid and Hamed, Karimi and Karimian) aligned: one of the names is another person's.
            conflict |= best == TokenSimilarity.DistinctNames && !Unit(a, bi, ta.Length).Optional && !Unit(b, bj, tb.Length).Optional;
            alignedA[matched - 1] = bi;
        }

        var extraA = Extra(ta, usedA);
        var extraB = Extra(tb, usedB);
        var similarity = 2 * sum / (Essential(ta) + Essential(tb));
        var weakestKeysNear = extraA == 0 && extraB == 0 && min is >= 0.7 and < 0.85 && max >= 0.93
            && StringSimilarity.WithinOneEdit(Unit(a, weakestA, ta.Length).Key, Unit(b, weakestB, tb.Length).Key);
        var level = conflict ? NameLevel.Different : Level(matched, extraA, extraB, allExact, min, max, weakestKeysNear);
        if (wholeNames && level == NameLevel.Close && Essential(ta) == 1 && Essential(tb) == 1)
        {
            level = NameLevel.Weak;
        }

        return new NameComparison(level, Math.Min(1, similarity), AgreeingFrequency(a, ta.Length, alignedA[..matched], level, frequencies));
    }

    /// <summary>
    /// The product of the frequencies of <paramref name="a"/>'s aligned units, for the levels whose weight is
    /// adjusted for it (<see cref="NameLevel.Variant"/> and better), otherwise NaN: the lookups are skipped for the
    /// many candidate pairs that disagree.
    /// </summary>
    private static double AgreeingFrequency(PreparedName a, int tokens, ReadOnlySpan<int> aligned, NameLevel level, TermFrequencies? frequencies)
    {
        if (frequencies is null || aligned.Length == 0 || level > NameLevel.Variant)
        {
            return double.NaN;
        }

        var frequency = 1.0;
        foreach (var unit in aligned)
        {
            if (!frequencies.TryGet(Unit(a, unit, tokens).Key, out var f))
            {
                return double.NaN;
            }

            frequency *= f;
        }

        return frequency;
    }

    private static NameLevel Level(int matched, int extraA, int extraB, bool allExact, double min, double max, bool weakestKeysNear)
    {
        if (matched == 0)
        {
            return NameLevel.Different;
        }

        var complete = extraA == 0 && extraB == 0;
        if (complete && allExact)
        {
            return NameLevel.Exact;
        }

        if (complete && min >= 0.93)
        {
            return NameLevel.Variant;
        }

        if (complete && min >= 0.85)
        {
            return NameLevel.Close;
        }

        // A misspelling changes one letter of the skeleton at most (Azam, "aem"); two names that merely look
        // alike differ by more (Ahmadi, Moradi).
        if (complete && min >= 0.7 && max >= 0.93 && weakestKeysNear)
        {
            return NameLevel.Misspelt;
        }

        if ((extraA == 0 || extraB == 0) && min >= 0.85)
        {
            return NameLevel.Subset;
        }

        if (max >= 0.93)
        {
            return NameLevel.Partial;
        }

        return complete && min >= 0.7 ? NameLevel.Weak : NameLevel.Different;
    }

    /// <summary>
    /// True when a word and two adjacent words joined may be one name written as one word or two (Mohammadreza, Mohammad
    /// Reza): their skeletons are about as long. Jaro-Winkler's bonus for a shared beginning would otherwise take Mohammadi
    /// for Mohamed Danialnia and Hosseni for Hossein Majidi.
    /// </summary>
    private static bool OneCompound(in NameToken word, in NameToken joined) =>
        word.Key.Length == 0 || joined.Key.Length == 0 || Math.Abs(word.Key.Length - joined.Key.Length) <= 1;

    private static NameToken Unit(PreparedName name, int unit, int tokens) =>
        unit < tokens ? name.TokenArray[unit] : name.JoinedArray[unit - tokens];

    private static int Mask(int unit, int tokens) => unit < tokens ? 1 << unit : 3 << (unit - tokens);

    private static int Extra(NameToken[] tokens, int used)
    {
        var extra = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            if ((used & (1 << i)) == 0 && !tokens[i].Optional)
            {
                extra++;
            }
        }

        return extra;
    }

    private static int Essential(NameToken[] tokens)
    {
        var count = 0;
        foreach (var t in tokens)
        {
            count += t.Optional ? 0 : 1;
        }

        return Math.Max(1, count);
    }
}
