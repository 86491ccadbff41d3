namespace Passage.Matching.Blocking;

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

    /// <summary>Counts the keys of every record (each record's keys distinct); sorts in parallel halves.</summary>
    public static KeyTable Count(ulong[][] perRecord)
    {
        var offsets = new long[perRecord.Length + 1];
        for (var i = 0; i < perRecord.Length; i++)
        {
            offsets[i + 1] = offsets[i] + perRecord[i].Length;
        }

        var all = new ulong[offsets[^1]];
        Parallel.For(0, perRecord.Length, i => perRecord[i].CopyTo(all, offsets[i]));
        var half = all.Length / 2;
        Parallel.Invoke(() => Array.Sort(all, 0, half), () => Array.Sort(all, half, all.Length - half));
        var keys = new List<ulong>();
        var counts = new List<int>();
        var (i1, i2) = (0, half);
        while (i1 < half || i2 < all.Length)
        {
            var next = i2 >= all.Length || (i1 < half && all[i1] <= all[i2]) ? all[i1++] : all[i2++];
            if (keys.Count > 0 && keys[^1] == next)
            {
                counts[^1]++;
            }
            else
            {
                keys.Add(next);
                counts.Add(1);
            }
        }

        return new KeyTable([.. keys], [.. counts]);
    }

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
