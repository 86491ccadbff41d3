namespace Passage.Matching.Blocking;

/// <summary>The keys of chunk <paramref name="chunk"/> of many records; <paramref name="scratch"/> is the caller's list, for keys computed on reading.</summary>
internal delegate ReadOnlySpan<ulong> KeysOfChunk(int chunk, List<ulong> scratch);

/// <summary>
/// The distinct keys of many records, sorted, with how many records hold each, and a constant-time
/// lookup of a key's position: blocking keys are hashes, so their top bits are uniform and a table of
/// bucket starts over those bits leaves only a few keys to search per lookup.
/// </summary>
internal sealed class KeyTable
{
    private readonly int[] _bucketStart;
    private readonly int _shift;

    private KeyTable(ulong[] keys, int[] counts)
    {
        Keys = keys;
        Counts = counts;
        var bits = Math.Clamp((int)Math.Ceiling(Math.Log2(Math.Max(2, keys.Length))) - 2, 1, 24);
        _shift = 64 - bits;
        _bucketStart = new int[(1 << bits) + 1];
        foreach (var key in keys)
        {
            _bucketStart[(int)(key >> _shift) + 1]++;
        }

        for (var b = 1; b < _bucketStart.Length; b++)
        {
            _bucketStart[b] += _bucketStart[b - 1];
        }
    }

    /// <summary>The distinct keys, ascending.</summary>
    public ulong[] Keys { get; }

    /// <summary>How many records hold each key.</summary>
    public int[] Counts { get; }

    /// <summary>The keys are counted in this many parts, by their top bits, each part sorted on its own.</summary>
    private const int PartBits = 4;

    /// <summary>
    /// Counts the keys of every record (each record's keys distinct), read chunk by chunk from <paramref name="keysOf"/> (which
    /// may compute them again at each reading, into the list it is given), and keeps those held by at least
    /// <paramref name="least"/> records. The keys are split by their top bits into parts (hashes are uniform), and each
    /// part is gathered, sorted and counted on its own, in parallel: the memory needed beside the records' keys is a part
    /// per core, not a copy of all keys. Keys held by one record are most keys of a large file (pairs of name tokens, a
    /// name with a date) and never make a block: with <paramref name="least"/> 2 they take no room.
    /// </summary>
    public static KeyTable Count(int chunks, KeysOfChunk keysOf, int least = 1)
    {
        const int shift = 64 - PartBits;
        var sizes = new long[1 << PartBits];
        var scratch = new List<ulong>();
        for (var c = 0; c < chunks; c++)
        {
            foreach (var key in keysOf(c, scratch))
            {
                sizes[key >> shift]++;
            }
        }

        var partKeys = new ulong[sizes.Length][];
        var partCounts = new int[sizes.Length][];
        Parallel.For(0, sizes.Length, () => new List<ulong>(), (part, _, own) =>
        {
            var buffer = new ulong[sizes[part]];
            var n = 0;
            for (var c = 0; c < chunks; c++)
            {
                foreach (var key in keysOf(c, own))
                {
                    if ((int)(key >> shift) == part)
                    {
                        buffer[n++] = key;
                    }
                }
            }

            Array.Sort(buffer);
            var kept = Distinct(buffer, least, null, null);
            partKeys[part] = new ulong[kept];
            partCounts[part] = new int[kept];
            Distinct(buffer, least, partKeys[part], partCounts[part]);
            return own;
        }, _ => { });

        return new KeyTable(Concat(partKeys), Concat(partCounts));
    }

    /// <summary>The parts one after the other, in an array of the exact size (no list grown by doubling).</summary>
    private static T[] Concat<T>(T[][] parts)
    {
        var all = new T[parts.Sum(p => p.Length)];
        var at = 0;
        foreach (var part in parts)
        {
            part.CopyTo(all, at);
            at += part.Length;
        }

        return all;
    }

    /// <summary>Walks the distinct keys of a sorted array; writes those held at least <paramref name="least"/> times when given arrays; returns their number.</summary>
    private static int Distinct(ulong[] sorted, int least, ulong[]? keys, int[]? counts)
    {
        var (i, kept) = (0, 0);
        while (i < sorted.Length)
        {
            var from = i;
            while (i < sorted.Length && sorted[i] == sorted[from])
            {
                i++;
            }

            if (i - from >= least)
            {
                if (keys is not null)
                {
                    keys[kept] = sorted[from];
                    counts![kept] = i - from;
                }

                kept++;
            }
        }

        return kept;
    }

    /// <summary>How many records hold <paramref name="key"/>: 0 or 1 when the table does not list it (see <see cref="Count"/>).</summary>
    public int CountOf(ulong key, int unlisted) => IndexOf(key) is var k and >= 0 ? Counts[k] : unlisted;

    /// <summary>A table over keys already sorted and distinct.</summary>
    public static KeyTable Of(ulong[] sortedKeys, int[] counts) => new(sortedKeys, counts);

    /// <summary>The position of <paramref name="key"/> in <see cref="Keys"/>, or −1.</summary>
    public int IndexOf(ulong key)
    {
        var bucket = (int)(key >> _shift);
        var from = _bucketStart[bucket];
        var found = Array.BinarySearch(Keys, from, _bucketStart[bucket + 1] - from, key);
        return found >= 0 ? found : -1;
    }
}
