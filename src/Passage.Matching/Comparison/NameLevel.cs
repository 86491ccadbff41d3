namespace Passage.Matching.Comparison;

/// <summary>
/// Agreement levels of two names, best first. Tokens are aligned independently of order; optional
/// tokens (honorifics, patronymics) left unaligned cost nothing; "extra" means a non-optional token with
/// no counterpart.
/// </summary>
public enum NameLevel : byte
{
    /// <summary>The same tokens, spelled the same, or the same listed names in the other script (in any order, compounds joined or split).</summary>
    Exact = 0,

    /// <summary>Every token matched by a spelling variant (variant cluster, skeleton key, or Jaro-Winkler ≥ 0.93).</summary>
    Variant = 1,

    /// <summary>Every token matched, some only closely (Jaro-Winkler ≥ 0.85: a typo).</summary>
    Close = 2,

    /// <summary>
    /// Every token matched, one at least by a variant, another only as a bad misspelling would be
    /// (similarity ≥ 0.7, skeletons one edit apart: a letter lost, doubled or swapped in a short name, "aem" for Azam).
    /// </summary>
    Misspelt = 3,

    /// <summary>Every token of one name matched at least closely; the other name has extra tokens.</summary>
    Subset = 4,

    /// <summary>Some token matched by a variant, but another token disagrees (extra tokens on both sides count too).</summary>
    Partial = 5,

    /// <summary>Every token matched only weakly (similarity ≥ 0.7).</summary>
    Weak = 6,

    /// <summary>No useful agreement.</summary>
    Different = 7,
}
