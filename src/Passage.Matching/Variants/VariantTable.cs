using System.Collections.Frozen;
using Passage.Matching.Normalisation;

namespace Passage.Matching.Variants;

/// <summary>
/// The table of name-variant clusters (<c>clusters.txt</c>, embedded): each cluster groups the Latin and
/// Arabic-script spellings of one common Persian or Arabic name. A surname derived from a listed name
/// with -i/-ei/-ee/-y, -zadeh, -pour, -nejad, -far or -ian (Rezaei, Hosseinzadeh, رضایی) belongs to a
/// derived cluster of its own: same base and same affix give the same cluster, so Hosseini ≠ Hosseinzadeh
/// and Hosseini ≠ Hassani while Rezaei = Rezaee = رضایی.
/// </summary>
public sealed class VariantTable
{
    private const int AffixCodes = 8;

    private static readonly (string Suffix, int Code)[] LatinSuffixes =
    [
        ("zadeh", 2), ("zade", 2), ("zada", 2), ("zadah", 2), ("pour", 3), ("poor", 3), ("pur", 3),
        ("nejad", 4), ("nezhad", 4), ("nejhad", 4), ("far", 5), ("iyan", 6), ("ian", 6), ("yan", 6),
        ("yi", 1), ("ei", 1), ("ee", 1), ("ey", 1), ("ie", 1), ("i", 1), ("y", 1),
    ];

    private static readonly (string Suffix, int Code)[] ArabicSuffixes =
    [
        ("زاده", 2), ("پور", 3), ("نژاد", 4), ("فر", 5), ("یان", 6), ("یی", 1), ("ی", 1),
    ];

    private static readonly Lazy<VariantTable> Shared = new(LoadDefault);

    private readonly FrozenDictionary<string, int> _clusters;
    private readonly string[] _names;

    private VariantTable(FrozenDictionary<string, int> clusters, string[] names)
    {
        _clusters = clusters;
        _names = names;
    }

    /// <summary>The table shipped with the engine.</summary>
    public static VariantTable Default => Shared.Value;

    /// <summary>Number of base clusters in the table.</summary>
    public int Count => _names.Length;

    /// <summary>
    /// Parses a table: one cluster a line, Latin spellings, "|", Arabic-script spellings; '#' starts a comment.
    /// </summary>
    public static VariantTable Parse(string text)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var id = names.Count * AffixCodes;
            var spellings = line.Replace("|", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            names.Add(spellings[0]);
            foreach (var spelling in spellings)
            {
                var joined = string.Concat(NameParser.Grammar(NameNormaliser.Words(spelling)).Select(w => w.Text));
                map.TryAdd(joined, id);
            }
        }

        return new VariantTable(map.ToFrozenDictionary(StringComparer.Ordinal), [.. names]);
    }

    /// <summary>
    /// The cluster of a normalised token, <see cref="NameToken.NoCluster"/> when it is neither listed nor
    /// derived from a listed name by a surname affix.
    /// </summary>
    public int Lookup(string token, Script script)
    {
        if (_clusters.TryGetValue(token, out var id))
        {
            return id;
        }

        foreach (var (suffix, code) in script == Script.Arabic ? ArabicSuffixes : LatinSuffixes)
        {
            if (token.Length - suffix.Length >= 2 && token.EndsWith(suffix, StringComparison.Ordinal)
                && _clusters.TryGetValue(token[..^suffix.Length], out var baseId) && baseId % AffixCodes == 0)
            {
                return baseId + code;
            }
        }

        return NameToken.NoCluster;
    }

    /// <summary>A readable name of a cluster, such as "mohammad" or "hossein+i", for explanations.</summary>
    public string Describe(int cluster) => cluster < 0 ? string.Empty
        : _names[cluster / AffixCodes] + (cluster % AffixCodes) switch
        {
            1 => "+i",
            2 => "+zadeh",
            3 => "+pour",
            4 => "+nejad",
            5 => "+far",
            6 => "+ian",
            _ => string.Empty,
        };

    private static VariantTable LoadDefault()
    {
        using var stream = typeof(VariantTable).Assembly.GetManifestResourceStream("Passage.Matching.Variants.clusters.txt")
            ?? throw new InvalidOperationException("The embedded variant table is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
