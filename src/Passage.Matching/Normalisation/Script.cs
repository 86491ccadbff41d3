namespace Passage.Matching.Normalisation;

/// <summary>The writing system of one name token after normalisation.</summary>
public enum Script : byte
{
    /// <summary>Latin letters and digits only (lower-case ASCII).</summary>
    Latin,

    /// <summary>Arabic-script letters in their folded Persian forms.</summary>
    Arabic,

    /// <summary>
    /// Lower-case ASCII transliterated from another script (Cyrillic, Greek, Hebrew, CJK, Indic…; see
    /// <see cref="OtherScripts"/>): Latin letters whose spelling follows the sounds of that script's
    /// language, so that they are compared with Latin spellings by sound classes as well as by letters.
    /// </summary>
    Other,
}
