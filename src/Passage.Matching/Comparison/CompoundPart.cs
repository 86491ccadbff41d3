using Passage.Matching.Normalisation;
using Passage.Matching.Variants;

namespace Passage.Matching.Comparison;

/// <summary>
/// A compound given name written as one word against its first part alone (Muhammadreza / Mohammed, علیرضا / Ali): the
/// part is how many people shorten the compound, so the two are neither one spelling nor two names known to differ.
/// </summary>
internal static class CompoundPart
{
    /// <summary>The similarity of a compound and its first part: below a misspelling, so a name that holds it agrees only in part.</summary>
    public const double Similarity = 0.75;

    /// <summary>True when one of <paramref name="a"/> and <paramref name="b"/> is a listed name followed by another listed name, the first of them the other token.</summary>
    public static bool Of(in NameToken a, in NameToken b) => Starts(a, b) || Starts(b, a);

    private static bool Starts(in NameToken compound, in NameToken part)
    {
        var text = compound.Text;
        if (part.Cluster < 0 || VariantTable.IsScriptOnly(part.Cluster) || text.Length < 6 || text.Length > 24
            || part.Key.Length == 0 || compound.Key.Length < part.Key.Length + 2 || !compound.Key.StartsWith(part.Key, StringComparison.Ordinal))
        {
            return false;
        }

        for (var split = 3; split <= text.Length - 3; split++)
        {
            var first = text[..split];
            var sameFirst = (compound.Script == part.Script && string.Equals(first, part.Text, StringComparison.Ordinal))
                || VariantTable.Default.Lookup(first, compound.Script) == part.Cluster;
            if (sameFirst && VariantTable.Default.Lookup(text[split..], compound.Script) is var rest && VariantTable.IsBase(rest))
            {
                return true;
            }
        }

        return false;
    }
}
