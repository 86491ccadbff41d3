namespace Passage.Bench.Matching.Synthetic;

/// <summary>Surname tables for the synthetic registry, composed from <see cref="PersianNames"/>.</summary>
internal static class Surnames
{
    public const double RealisticExponent = 0.6;

    /// <summary>Given names under the realistic pool: Mohammad about 9 % of men, Fatemeh about 11 % of women.</summary>
    public const double RealisticGivenExponent = 0.7;

    public const double ConcentratedExponent = 0.8;

    private static readonly (string Latin, string Persian)[] ConcentratedSuffixes =
        [("i", "ی"), ("zadeh", "\u200cزاده"), ("pour", "\u200cپور"), ("nejad", "\u200cنژاد")];

    private static readonly (string Latin, string Persian)[] RealisticSuffixes =
    [
        ("i", "ی"), ("zadeh", "\u200cزاده"), ("pour", "\u200cپور"), ("nejad", "\u200cنژاد"), ("far", "\u200cفر"), ("nia", "\u200cنیا"),
        ("rad", "\u200cراد"), ("manesh", "\u200cمنش"), ("panah", "\u200cپناه"), ("doust", "\u200cدوست"), ("vand", "وند"), ("lou", "لو"),
        ("khani", "\u200cخانی"), ("abadi", "\u200cآبادی"), ("ian", "یان"),
    ];

    /// <summary>The listed surnames, then every one-word male name with each realistic suffix, in a fixed shuffled order.</summary>
    public static (string Latin, string Persian)[] Realistic { get; } = Compose(RealisticSuffixes, shuffle: true);

    /// <summary>The first bench's table: the listed surnames, then one-word male names with four suffixes.</summary>
    public static (string Latin, string Persian)[] Concentrated { get; } = Compose(ConcentratedSuffixes, shuffle: false);

    private static (string Latin, string Persian)[] Compose((string Latin, string Persian)[] suffixes, bool shuffle)
    {
        var composed = new List<(string, string)>();
        foreach (var (latin, persian) in PersianNames.Male)
        {
            if (latin.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var (suffix, persianSuffix) in suffixes)
            {
                var vowel = latin.EndsWith('a');
                if (suffix == "ian" && vowel)
                {
                    continue;
                }

                var stem = vowel && suffix == "i" ? latin + "e" : latin;
                var persianStem = vowel && suffix == "i" && persian.EndsWith('ا') ? persian + "ی" : persian;
                composed.Add((stem + suffix, persianStem + persianSuffix));
            }
        }

        if (shuffle)
        {
            new Random(1_402).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(composed));
        }

        return [.. PersianNames.SurnameStems.Concat(composed).Distinct()];
    }
}
