namespace Passage.Matching.Normalisation;

/// <summary>The writing system of one name token after normalisation.</summary>
public enum Script : byte
{
    /// <summary>Latin letters and digits only (lower-case ASCII).</summary>
    Latin,

    /// <summary>Arabic-script letters in their folded Persian forms.</summary>
    Arabic,
}
