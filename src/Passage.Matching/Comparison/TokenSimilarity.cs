using Passage.Matching.Normalisation;
using Passage.Matching.Variants;

namespace Passage.Matching.Comparison;

/// <summary>
/// Similarity in [0, 1] of two name tokens, in this order of evidence:
/// equal text → 1; both in variant clusters → 1 across scripts (the same name written in the other
/// script) and <see cref="Variant"/> within a script (another spelling) when the clusters are equal, and at
/// <see cref="DistinctNames"/> when they differ (Hassan ≠ Hossein, Mahmoud ≠ Mohammad, Kamal ≠ Jamal, even though
/// their skeletons are equal or one letter apart), and so are a name and its feminine form or another surname affix
/// (<see cref="DistinctForms"/>); a compound given name against its first part is <see cref="CompoundPart.Similarity"/>;
/// equal skeleton keys (or equal once digraphs are written with their plain letter: Khosravi, Kosravi) → <see cref="Variant"/> across scripts, or the larger of it and Jaro-Winkler within
/// a script when the spellings are plausibly the same (Jaro-Winkler ≥ <see cref="SameKeyFloor"/>); otherwise Jaro-Winkler of the
/// texts within a script, and across scripts the larger of a discounted Jaro-Winkler of the skeletons and of
/// the Latin renderings (<see cref="Keys.Romaniser"/>); across scripts a small share of the renderings'
/// similarity is added, to rank candidates with the same skeleton.
/// </summary>
public static class TokenSimilarity
{
    /// <summary>The similarity of two spellings of one name.</summary>
    public const double Variant = 0.95;

    /// <summary>
    /// Within a script, the Jaro-Winkler similarity from which two tokens with one skeleton count as
    /// spellings of one name: romanisations differ mostly in their vowels (forouzan, furuzan, foruzaan).
    /// </summary>
    public const double SameKeyFloor = 0.65;

    /// <summary>A transliteration and a spelling with the same <see cref="Keys.SoundKey"/>: a variant, below an equal skeleton.</summary>
    public const double SoundAlike = 0.94;

    /// <summary>A transliteration and a spelling whose sound keys are one edit apart: close, as a typo.</summary>
    public const double SoundNear = 0.86;

    /// <summary>The similarity of two tokens known to be different names; an alignment at exactly this value is a conflict.</summary>
    public const double DistinctNames = 0.6;

    /// <summary>Returns the similarity of <paramref name="a"/> and <paramref name="b"/>; symmetric.</summary>
    public static double Of(in NameToken a, in NameToken b)
    {
        if (string.Equals(a.Text, b.Text, StringComparison.Ordinal))
        {
            return 1;
        }

        var sameScript = a.Script == b.Script;
        if (a.Cluster >= 0 && a.Cluster == b.Cluster)
        {
            return sameScript ? Variant : 1;
        }

        if (CompoundPart.Of(a, b))
        {
            return CompoundPart.Similarity;
        }

        if (DistinctForms.Differ(a, b))
        {
            return DistinctNames;
        }

        if (a.Cluster >= 0 && b.Cluster >= 0 && (sameScript || !(VariantTable.IsScriptOnly(a.Cluster) || VariantTable.IsScriptOnly(b.Cluster))))
        {
            if (a.Cluster == b.Cluster)
            {
                return sameScript ? Variant : 1;
            }

            return DistinctNames;
        }

        var sameKey = a.Key.Length > 0 && (string.Equals(a.Key, b.Key, StringComparison.Ordinal) || SameWithPlainLetters(a, b));
        if (!sameScript)
        {
            // The letter-by-letter similarity of the Latin renderings breaks ties finely and rescues
            // spellings whose skeletons differ (acheson, آتشيسون); it never outweighs an equal skeleton.
            var roman = StringSimilarity.JaroWinkler(a.Roman, b.Roman);
            var across = Math.Min(1, (sameKey ? Variant : Math.Max(CrossScript(a.Key, b.Key), 0.85 * roman)) + (0.02 * roman));
            return a.Script == Script.Other || b.Script == Script.Other ? Math.Max(across, Heard(a.Key, b.Key)) : across;
        }

        var jw = StringSimilarity.JaroWinkler(a.Text, b.Text);
        return sameKey && jw >= SameKeyFloor ? Math.Max(jw, Variant) : jw;
    }

    /// <summary>
    /// Two tokens whose skeletons differ only where one writes a digraph (kh, gh, sh, th, dh, zh, or the Persian letter
    /// they transliterate) and the other the plain letter its h was lost from (Khosravi / Kosravi, Bagheri / Bageri,
    /// خسروی / Kosravi), or the two letters it may also stand for (Fathi / فتحی): spellings of one name.
    /// </summary>
    private static bool SameWithPlainLetters(in NameToken a, in NameToken b)
    {
        var digraphA = Keys.SkeletonKey.HasDigraph(a.Text, a.Script);
        var digraphB = Keys.SkeletonKey.HasDigraph(b.Text, b.Script);
        if ((!digraphA && !digraphB) || Math.Abs(a.Key.Length - b.Key.Length) > 1)
        {
            return false;
        }

        return string.Equals(Keys.SkeletonKey.Plain(a.Text, a.Script), Keys.SkeletonKey.Plain(b.Text, b.Script), StringComparison.Ordinal)
            || (digraphA && string.Equals(Keys.SkeletonKey.Split(a.Text, a.Script), b.Key, StringComparison.Ordinal))
            || (digraphB && string.Equals(Keys.SkeletonKey.Split(b.Text, b.Script), a.Key, StringComparison.Ordinal));
    }

    /// <summary>
    /// A transliteration from another script against a spelling: the same sound key is a spelling of one name
    /// (<see cref="SoundAlike"/>), one sound apart is close (<see cref="SoundNear"/>).
    /// </summary>
    private static double Heard(string a, string b) =>
        Keys.SoundKey.Same(a, b) ? SoundAlike : Keys.SoundKey.Near(a, b) ? SoundNear : 0;

    private static double CrossScript(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        var jw = StringSimilarity.JaroWinkler(a, b);
        if (Math.Min(a.Length, b.Length) >= 3 && StringSimilarity.WithinOneEdit(a, b))
        {
            return Math.Max(0.88, jw * 0.95);
        }

        return jw * 0.85;
    }
}
