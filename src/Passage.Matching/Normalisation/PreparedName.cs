using Passage.Matching.Variants;

namespace Passage.Matching.Normalisation;

/// <summary>
/// A name ready for comparison: its tokens, and for every two adjacent tokens the token they make
/// when written as one word, so that "Mohammad Reza" meets "Mohammadreza" and a ZWNJ-separated
/// Persian compound meets its joined form.
/// </summary>
public sealed class PreparedName
{
    /// <summary>The name with no tokens.</summary>
    public static readonly PreparedName Empty = new([], []);

    internal PreparedName(NameToken[] tokens, NameToken[] joined)
    {
        TokenArray = tokens;
        JoinedArray = joined;
    }

    /// <summary>The tokens in written order.</summary>
    public IReadOnlyList<NameToken> Tokens => TokenArray;

    /// <summary>True when the name has no tokens.</summary>
    public bool IsEmpty => TokenArray.Length == 0;

    internal NameToken[] TokenArray { get; }

    /// <summary>Element i joins tokens i and i + 1.</summary>
    internal NameToken[] JoinedArray { get; }

    /// <summary>Prepares a raw name with the shipped variant table.</summary>
    public static PreparedName From(string? raw) => From(raw, VariantTable.Default);

    internal static PreparedName From(string? raw, VariantTable? variants, PreparedNamePool? pool = null)
    {
        var tokens = NameParser.Parse(raw, variants, pool);
        return tokens.Length == 0 ? Empty : FromTokens(tokens, variants, pool);
    }

    internal static PreparedName FromTokens(NameToken[] tokens, VariantTable? variants, PreparedNamePool? pool = null)
    {
        var joined = tokens.Length < 2 ? [] : new NameToken[tokens.Length - 1];
        for (var i = 0; i < joined.Length; i++)
        {
            var a = tokens[i];
            var b = tokens[i + 1];
            joined[i] = a.Script == b.Script
                ? pool?.Token(a.Text + b.Text, a.Optional && b.Optional, variants, a.Script)
                    ?? NameParser.Token(a.Text + b.Text, a.Optional && b.Optional, variants, a.Script)
                : a with { Key = a.Key + "\u0001", Roman = a.Roman + "\u0001" };
        }

        return new PreparedName(tokens, joined);
    }

    /// <summary>The normalised tokens separated by spaces.</summary>
    public override string ToString() => string.Join(' ', TokenArray.Select(t => t.Text));
}
