namespace Passage.Matching.Blocking;

/// <summary>What a blocking key is made of.</summary>
internal enum KeyKind
{
    /// <summary>One name token, or one name token with the father's name.</summary>
    NameToken = 0,

    /// <summary>Two name tokens of one name.</summary>
    NamePair = 1,

    /// <summary>A date of birth or an attribute value.</summary>
    Other = 2,

    /// <summary>An over-common key split by a refiner (birth year, father's name).</summary>
    Refined = 3,
}

/// <summary>Deterministic 64-bit hashes for blocking keys (FNV-1a over UTF-16, finished by a SplitMix64 mix).</summary>
internal static class KeyHash
{
    public static ulong Of(char kind, ReadOnlySpan<char> text)
    {
        var h = 14695981039346656037UL ^ kind;
        h *= 1099511628211UL;
        foreach (var c in text)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return Mix(h) & ~3UL;
    }

    /// <summary>Combines two keys; the result keeps the kind (<see cref="KindOf"/>) of <paramref name="a"/>.</summary>
    public static ulong Combine(ulong a, ulong b) => (Mix(a ^ (b * 0x9E3779B97F4A7C15UL) ^ 0xD6E8FEB86659FD93UL) & ~3UL) | (a & 3UL);

    /// <summary>The kind of a key, held in its lowest two bits.</summary>
    public static KeyKind KindOf(ulong key) => (KeyKind)(key & 3UL);

    /// <summary>The key with its kind set to <paramref name="kind"/>.</summary>
    public static ulong WithKind(ulong key, KeyKind kind) => (key & ~3UL) | (ulong)kind;

    /// <summary>An order-independent combination of two keys, of kind <see cref="KeyKind.NamePair"/>.</summary>
    public static ulong Unordered(ulong a, ulong b) => WithKind(a < b ? Combine(a, b) : Combine(b, a), KeyKind.NamePair);

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
