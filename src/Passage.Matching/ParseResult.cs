namespace Passage.Matching;

/// <summary>
/// The result of parsing a value: either the value, or the reason it could not be parsed. Expected
/// failures (bad input) are results, not exceptions.
/// </summary>
public readonly record struct ParseResult<T>
{
    private readonly T? _value;

    private ParseResult(T? value, string? error)
    {
        _value = value;
        Error = error;
    }

    /// <summary>True when parsing succeeded.</summary>
    public bool Success => Error is null;

    /// <summary>Why parsing failed; null on success.</summary>
    public string? Error { get; }

    /// <summary>The parsed value; throws when parsing failed (a bug in the caller, who must check <see cref="Success"/>).</summary>
    public T Value => Success ? _value! : throw new InvalidOperationException($"No value: {Error}");

    /// <summary>A successful result.</summary>
#pragma warning disable CA1000 // a factory on the generic result type is its natural home
    public static ParseResult<T> Ok(T value) => new(value, null);

    /// <summary>A failed result with its reason.</summary>
    public static ParseResult<T> Fail(string error) => new(default, error);
#pragma warning restore CA1000
}
