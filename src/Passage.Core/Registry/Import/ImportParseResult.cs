namespace Passage.Core.Registry.Import;

/// <summary>
/// The outcome of reading an import file: every row valid, or every error found. Never both: a file with one bad row
/// yields no rows, so nothing of it is imported.
/// </summary>
public sealed class ImportParseResult
{
    private ImportParseResult(IReadOnlyList<ImportRow> rows, IReadOnlyList<ImportError> errors)
    {
        Rows = rows;
        Errors = errors;
    }

    public bool Succeeded => Errors.Count == 0;

    /// <summary>The rows, in file order; empty when the file has errors.</summary>
    public IReadOnlyList<ImportRow> Rows { get; }

    /// <summary>Every error, ordered by line; empty when the file is good.</summary>
    public IReadOnlyList<ImportError> Errors { get; }

    public static ImportParseResult Success(IReadOnlyList<ImportRow> rows) => new(rows, []);

    public static ImportParseResult Failure(IEnumerable<ImportError> errors)
    {
        var list = errors.OrderBy(e => e.Line ?? 0).ToList();
        return list.Count == 0 ? throw new ArgumentException("A failure needs at least one error.", nameof(errors)) : new([], list);
    }
}
