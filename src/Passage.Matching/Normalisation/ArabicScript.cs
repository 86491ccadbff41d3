namespace Passage.Matching.Normalisation;

/// <summary>
/// Character-level rules for names written in Arabic script (Persian and Arabic orthography).
/// Every method is culture-invariant and allocation-free.
/// </summary>
public static class ArabicScript
{
    /// <summary>The Persian yeh (U+06CC), the single form every yeh variant is folded to.</summary>
    public const char Yeh = '\u06CC';

    /// <summary>The Persian keheh (U+06A9), the single form of kaf.</summary>
    public const char Kaf = '\u06A9';

    /// <summary>The heh (U+0647), the single form of heh and teh marbuta.</summary>
    public const char Heh = '\u0647';

    /// <summary>The bare alef (U+0627), the single form of every alef with hamza or madda.</summary>
    public const char Alef = '\u0627';

    /// <summary>The waw (U+0648).</summary>
    public const char Waw = '\u0648';

    /// <summary>Zero-width non-joiner, which in Persian both joins and separates word parts.</summary>
    public const char ZeroWidthNonJoiner = '\u200C';

    /// <summary>True for a letter of the Arabic blocks (U+0600–U+06FF, U+0750–U+077F, presentation forms).</summary>
    public static bool IsArabicLetter(char c) =>
        c is (>= '\u0620' and <= '\u064A') or (>= '\u066E' and <= '\u06D5') or (>= '\u06EE' and <= '\u06FF')
            or (>= '\u0750' and <= '\u077F') or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF');

    /// <summary>
    /// True for a mark that carries no identity in a name and is removed: harakat (U+064B–U+065F),
    /// superscript alef (U+0670), tatweel (U+0640), Quranic annotation marks (U+0610–U+061A, U+06D6–U+06ED),
    /// the Arabic letter mark and bidi controls, the zero-width joiner, and the hamza (U+0621).
    /// </summary>
    public static bool IsDropped(char c) =>
        c is (>= '\u064B' and <= '\u065F') or '\u0670' or '\u0640' or (>= '\u0610' and <= '\u061A')
            or (>= '\u06D6' and <= '\u06ED') or '\u061C' or '\u200D' or '\u200E' or '\u200F'
            or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u0621' or '\uFEFF';

    /// <summary>
    /// Folds a letter to its single Persian form: ي ى ئ → ی, ك → ک, ة ۀ → ه, أ إ آ ٱ → ا, ؤ → و;
    /// Arabic-Indic and extended digits → ASCII digits. Other characters are returned unchanged.
    /// </summary>
    public static char Fold(char c) => c switch
    {
        '\u064A' or '\u0649' or '\u0626' or '\u06D2' or '\u06D0' => Yeh,
        '\u0643' => Kaf,
        '\u0629' or '\u06C0' or '\u06D5' or '\u06C1' => Heh,
        '\u0623' or '\u0625' or '\u0622' or '\u0671' or '\u0672' or '\u0673' => Alef,
        '\u0624' => Waw,
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
        _ => c,
    };
}
