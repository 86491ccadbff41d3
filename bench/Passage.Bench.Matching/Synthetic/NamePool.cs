namespace Passage.Bench.Matching.Synthetic;

/// <summary>Which name frequencies the synthetic registry draws from.</summary>
internal enum NamePool
{
    /// <summary>
    /// About 1,800 surnames (the listed common ones first, then given names with the usual Persian
    /// suffixes), Zipf exponent 0.6: the most common surname is held by about 2 % of people, as the most
    /// common Iranian surnames are; given names with Zipf exponent 0.7 (Mohammad about 9 % of men,
    /// Fatemeh about 11 % of women).
    /// </summary>
    Realistic,

    /// <summary>
    /// The first bench's frequencies: given names with Zipf exponent 1 (Mohammad 18 % of men, Fatemeh 21 %
    /// of women) and about 600 surnames with exponent 0.8, the most common held by about 8 % of people — several times any real surname's share, so namesakes with the same father are far
    /// more common than in a real registry. Kept to show how the engine degrades.
    /// </summary>
    Concentrated,
}
