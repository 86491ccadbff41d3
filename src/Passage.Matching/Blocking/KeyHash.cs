namespace Passage.Matching.Blocking;

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

        return Mix(h);
    }

    public static ulong Combine(ulong a, ulong b) => Mix(a ^ (b * 0x9E3779B97F4A7C15UL) ^ 0xD6E8FEB86659FD93UL);

    /// <summary>An order-independent combination of two keys.</summary>
    public static ulong Unordered(ulong a, ulong b) => a < b ? Combine(a, b) : Combine(b, a);

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
