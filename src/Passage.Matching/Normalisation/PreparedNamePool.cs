using System.Collections.Concurrent;
using Passage.Matching.Variants;

namespace Passage.Matching.Normalisation;

/// <summary>
/// Shares prepared names and their tokens among the records of one batch. A registry repeats the same names
/// thousands of times (a million records hold a few thousand distinct words); preparing each once and sharing the
/// result keeps one copy of every token's text, key and Latin rendering instead of one per record. Thread-safe; the
/// shared objects are immutable. Drop the pool with the batch: it holds every distinct name it was asked for.
/// </summary>
public sealed class PreparedNamePool
{
    private readonly ConcurrentDictionary<string, PreparedName> _names = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Text, bool Optional, Script? Script), NameToken> _tokens = new();

    /// <summary>The prepared form of <paramref name="raw"/>, the same instance for every equal raw name.</summary>
    public PreparedName Name(string? raw) => string.IsNullOrWhiteSpace(raw)
        ? PreparedName.Empty
        : _names.GetOrAdd(raw, static (text, pool) => PreparedName.From(text, VariantTable.Default, pool), this);

    /// <summary>The token of one normalised word, built once per (text, optional, script).</summary>
    internal NameToken Token(string text, bool optional, VariantTable? variants, Script? script) =>
        _tokens.GetOrAdd((text, optional, script), static (key, variants) => NameParser.Token(key.Text, key.Optional, variants, key.Script), variants);
}
