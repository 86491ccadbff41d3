namespace Passage.Matching.Scoring;

/// <summary>
/// Counts of distinct comparison vectors (levels per field, <see cref="RecordComparer.Missing"/> for
/// missing), the sufficient statistics of the Fellegi–Sunter model without term frequencies.
/// Not thread-safe; merge per-thread instances with <see cref="Add(ComparisonPatterns)"/>.
/// </summary>
public sealed class ComparisonPatterns
{
    private readonly Dictionary<ulong, long> _counts = [];

    /// <summary>Creates an empty set of counts for vectors of <paramref name="fieldCount"/> fields (at most 16).</summary>
    public ComparisonPatterns(int fieldCount)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fieldCount, 16);
        FieldCount = fieldCount;
    }

    /// <summary>The number of fields of each vector.</summary>
    public int FieldCount { get; }

    /// <summary>The number of vectors counted.</summary>
    public long Total { get; private set; }

    /// <summary>The distinct vectors and their counts.</summary>
    public IEnumerable<(byte[] Levels, long Count)> Patterns => _counts.Select(p => (Decode(p.Key), p.Value));

    /// <summary>Counts one vector.</summary>
    public void Add(ReadOnlySpan<byte> levels) => Add(levels, 1);

    /// <summary>Counts a vector <paramref name="count"/> times.</summary>
    public void Add(ReadOnlySpan<byte> levels, long count)
    {
        ulong key = 0;
        for (var f = 0; f < FieldCount; f++)
        {
            key |= (ulong)(levels[f] == RecordComparer.Missing ? 15 : levels[f]) << (4 * f);
        }

        _counts[key] = _counts.GetValueOrDefault(key) + count;
        Total += count;
    }

    /// <summary>The vectors for which <paramref name="keep"/> holds.</summary>
    public ComparisonPatterns Where(Func<byte[], bool> keep)
    {
        var kept = new ComparisonPatterns(FieldCount);
        foreach (var (levels, count) in Patterns)
        {
            if (keep(levels))
            {
                kept.Add(levels, count);
            }
        }

        return kept;
    }

    /// <summary>Adds the counts of <paramref name="other"/>.</summary>
    public void Add(ComparisonPatterns other)
    {
        foreach (var (key, count) in other._counts)
        {
            _counts[key] = _counts.GetValueOrDefault(key) + count;
        }

        Total += other.Total;
    }

    private byte[] Decode(ulong key)
    {
        var levels = new byte[FieldCount];
        for (var f = 0; f < FieldCount; f++)
        {
            var level = (byte)((key >> (4 * f)) & 15);
            levels[f] = level == 15 ? RecordComparer.Missing : level;
        }

        return levels;
    }
}
