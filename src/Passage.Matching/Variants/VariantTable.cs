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
/// <remarks>
/// Two more sources of knowledge: a list of Persian given names per script (<c>given-names.txt</c>), each a
/// distinct name, gives every listed name not in a cluster a cluster of its script only (<see cref="IsScriptOnly"/>),
/// so that two listed names of one script are known to differ (Hamed ≠ Hamid, Saber ≠ Sadegh) while a comparison
/// across scripts still goes by the skeleton; and a Latin spelling in neither list is given the cluster of the one
/// listed name with its <see cref="LatinCanonical"/> form (Naseer is Nasir, Raheemi is Rahim+i), when only one has it.
/// </remarks>
public sealed class VariantTable
{
    private const int AffixCodes = 8;

    /// <summary>The bit that marks a cluster known in one script only.</summary>
    private const int ScriptOnlyFlag = 1 << 24;

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
    private readonly FrozenDictionary<string, int> _canonical;
    private readonly string[] _names;
    private readonly string[] _scriptOnlyNames;

    private VariantTable(FrozenDictionary<string, int> clusters, FrozenDictionary<string, int> canonical, string[] names, string[] scriptOnlyNames)
    {
        _clusters = clusters;
        _canonical = canonical;
        _names = names;
        _scriptOnlyNames = scriptOnlyNames;
    }

    /// <summary>The table shipped with the engine.</summary>
    public static VariantTable Default => Shared.Value;

    /// <summary>Number of base clusters in the table.</summary>
    public int Count => _names.Length;

    /// <summary>True for a cluster known in one script only: it says nothing about a token of the other script.</summary>
    public static bool IsScriptOnly(int cluster) => cluster >= 0 && (cluster & ScriptOnlyFlag) != 0;

    /// <summary>True for the cluster of a listed name itself, not of a surname derived from it by an affix.</summary>
    public static bool IsBase(int cluster) => cluster >= 0 && cluster % AffixCodes == 0;

    /// <summary>
    /// Parses a table: one cluster a line, Latin spellings, "|", Arabic-script spellings; '#' starts a comment.
    /// <paramref name="distinctNames"/> lists further names, one a line, each a name of its own.
    /// </summary>
    public static VariantTable Parse(string text, string? distinctNames = null)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        foreach (var line in Lines(text))
        {
            var id = names.Count * AffixCodes;
            var spellings = line.Replace("|", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            names.Add(spellings[0]);
            foreach (var spelling in spellings)
            {
                map.TryAdd(Joined(spelling), id);
            }
        }

        var scriptOnly = new List<string>();
        foreach (var line in Lines(distinctNames ?? string.Empty))
        {
            var joined = Joined(line);
            if (joined.Length > 0 && !map.ContainsKey(joined))
            {
                map.Add(joined, ScriptOnlyFlag | (scriptOnly.Count * AffixCodes));
                scriptOnly.Add(joined);
            }
        }

        var canonical = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (spelling, id) in map)
        {
            if (spelling.Length > 0 && !ArabicScript.IsArabicLetter(spelling[0]))
            {
                var form = LatinCanonical(spelling);
                canonical[form] = canonical.TryGetValue(form, out var other) && other != id ? NameToken.NoCluster : id;
            }
        }

        return new VariantTable(map.ToFrozenDictionary(StringComparer.Ordinal), canonical.ToFrozenDictionary(StringComparer.Ordinal),
            [.. names], [.. scriptOnly]);
    }

    /// <summary>
    /// The cluster of a normalised token, <see cref="NameToken.NoCluster"/> when it is neither listed nor
    /// derived from a listed name by a surname affix.
    /// </summary>
    public int Lookup(string token, Script script)
    {
        if (Listed(token, script) is var id and >= 0)
        {
            return id;
        }

        var suffixes = script == Script.Arabic ? ArabicSuffixes : LatinSuffixes;
        foreach (var (suffix, code) in suffixes)
        {
            // A listed surname written with another spelling of its suffix (Shahbazy for Shahbazi).
            if (token.Length - suffix.Length >= 3 && token.EndsWith(suffix, StringComparison.Ordinal)
                && _clusters.TryGetValue(token[..^suffix.Length] + Written(code, script), out var written))
            {
                return written;
            }
        }

        foreach (var (suffix, code) in suffixes)
        {
            if (token.Length - suffix.Length >= 2 && token.EndsWith(suffix, StringComparison.Ordinal)
                && Listed(token[..^suffix.Length], script) is var baseId and >= 0 && baseId % AffixCodes == 0)
            {
                return baseId + code;
            }
        }

        return NameToken.NoCluster;
    }

    private int Listed(string token, Script script)
    {
        if (_clusters.TryGetValue(token, out var id))
        {
            return id;
        }

        return script == Script.Latin && token.Length > 3 && _canonical.TryGetValue(LatinCanonical(token), out id) ? id : NameToken.NoCluster;
    }

    private static string Written(int code, Script script) => code switch
    {
        1 => script == Script.Arabic ? "ی" : "i",
        2 => script == Script.Arabic ? "زاده" : "zadeh",
        3 => script == Script.Arabic ? "پور" : "pour",
        4 => script == Script.Arabic ? "نژاد" : "nejad",
        5 => script == Script.Arabic ? "فر" : "far",
        _ => script == Script.Arabic ? "یان" : "ian",
    };

    /// <summary>A readable name of a cluster, such as "mohammad" or "hossein+i", for explanations.</summary>
    public string Describe(int cluster) => cluster < 0 ? string.Empty
        : (IsScriptOnly(cluster) ? _scriptOnlyNames[(cluster & ~ScriptOnlyFlag) / AffixCodes] : _names[cluster / AffixCodes]) + (cluster % AffixCodes) switch
        {
            1 => "+i",
            2 => "+zadeh",
            3 => "+pour",
            4 => "+nejad",
            5 => "+far",
            6 => "+ian",
            _ => string.Empty,
        };

    /// <summary>
    /// A Latin spelling with the differences that never tell two names apart written one way: long vowels
    /// (aa, ee, oo, ou), doubled letters, w for v, q for gh, dj for j, ey for ei, iy for i, and a final h after a vowel.
    /// </summary>
    internal static string LatinCanonical(string spelling)
    {
        var s = spelling.Replace("dj", "j", StringComparison.Ordinal).Replace("ou", "u", StringComparison.Ordinal)
            .Replace("oo", "u", StringComparison.Ordinal).Replace("ee", "i", StringComparison.Ordinal).Replace("aa", "a", StringComparison.Ordinal)
            .Replace("ey", "ei", StringComparison.Ordinal).Replace("iy", "i", StringComparison.Ordinal)
            .Replace('w', 'v').Replace("gh", "q", StringComparison.Ordinal);
        var output = new System.Text.StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (output.Length == 0 || output[^1] != c)
            {
                output.Append(c);
            }
        }

        if (output.Length > 2 && output[^1] == 'h' && output[^2] is 'a' or 'e' or 'i' or 'o' or 'u')
        {
            output.Length--;
        }

        return output.ToString();
    }

    private static string Joined(string spelling) => string.Concat(NameParser.Grammar(NameNormaliser.Words(spelling)).Select(w => w.Text));

    private static IEnumerable<string> Lines(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#');

    private static VariantTable LoadDefault() => Parse(Resource("clusters.txt"), Resource("given-names.txt"));

    private static string Resource(string name)
    {
        using var stream = typeof(VariantTable).Assembly.GetManifestResourceStream("Passage.Matching.Variants." + name)
            ?? throw new InvalidOperationException($"The embedded {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
