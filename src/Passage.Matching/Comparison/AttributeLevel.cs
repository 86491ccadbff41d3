namespace Passage.Matching.Comparison;

/// <summary>Agreement levels of two generic attribute values (addresses, codes, numbers), best first.</summary>
public enum AttributeLevel : byte
{
    /// <summary>Equal after trimming and invariant lower-casing.</summary>
    Exact = 0,

    /// <summary>One insertion, deletion, substitution or adjacent transposition apart.</summary>
    OneEdit = 1,

    /// <summary>Jaro-Winkler ≥ 0.85.</summary>
    Similar = 2,

    /// <summary>Different.</summary>
    Different = 3,
}

/// <summary>Compares generic attribute values.</summary>
public static class AttributeComparer
{
    /// <summary>Returns the level of agreement of two normalised values; symmetric.</summary>
    public static AttributeLevel Compare(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return AttributeLevel.Exact;
        }

        if (StringSimilarity.WithinOneEdit(a, b))
        {
            return AttributeLevel.OneEdit;
        }

        return StringSimilarity.JaroWinkler(a, b) >= 0.85 ? AttributeLevel.Similar : AttributeLevel.Different;
    }

    /// <summary>The normalised form of a raw value: trimmed, inner white space collapsed, invariant lower case.</summary>
    public static string Normalise(string? raw) =>
        string.Join(' ', (raw ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
