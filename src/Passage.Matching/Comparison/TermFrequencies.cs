using System.Collections.Frozen;

namespace Passage.Matching.Comparison;

/// <summary>
/// Relative frequencies of values (name skeleton keys, attribute values): the share of records that
/// hold the value. Used for the term-frequency adjustment of agreement weights: agreeing on a rare
/// value is stronger evidence than agreeing on a common one. Values that were never counted have no
/// frequency, and their weight is not adjusted.
/// </summary>
public sealed class TermFrequencies
{
    /// <summary>A table without values: nothing is adjusted.</summary>
    public static readonly TermFrequencies None = new(FrozenDictionary<string, float>.Empty);

    /// <summary>The prefix of a father's-name key among the values; <see cref="Fathers"/> holds them without it.</summary>
    public const char FatherPrefix = '\u0002';

    private readonly FrozenDictionary<string, float> _frequencies;

    /// <summary>Creates a table from value → share of records in (0, 1].</summary>
    public TermFrequencies(IReadOnlyDictionary<string, float> frequencies)
    {
        _frequencies = frequencies.ToFrozenDictionary(StringComparer.Ordinal);
        var fathers = frequencies.Where(p => p.Key.Length > 0 && p.Key[0] == FatherPrefix).ToDictionary(p => p.Key[1..], p => p.Value, StringComparer.Ordinal);
        Fathers = fathers.Count > 0 ? new TermFrequencies(fathers) : this;
    }

    /// <summary>
    /// The frequencies of fathers' name keys (counted apart, since fathers' names are all men's given
    /// names); this table itself when none were counted.
    /// </summary>
    public TermFrequencies Fathers { get; }

    /// <summary>The values and their frequencies.</summary>
    public IReadOnlyDictionary<string, float> Values => _frequencies;

    /// <summary>Counts how many of <paramref name="records"/> hold each value returned by <paramref name="values"/>.</summary>
    public static TermFrequencies Count<T>(IReadOnlyList<T> records, Func<T, IEnumerable<string>> values)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            foreach (var value in values(record).Distinct(StringComparer.Ordinal))
            {
                counts[value] = counts.GetValueOrDefault(value) + 1;
            }
        }

        var total = (float)Math.Max(1, records.Count);
        return new TermFrequencies(counts.ToDictionary(p => p.Key, p => p.Value / total, StringComparer.Ordinal));
    }

    /// <summary>The frequency of <paramref name="value"/>, when it was counted.</summary>
    public bool TryGet(string value, out double frequency)
    {
        if (_frequencies.TryGetValue(value, out var f))
        {
            frequency = f;
            return true;
        }

        frequency = 0;
        return false;
    }
}
