namespace Passage.Core.Registry.Import;

/// <summary>The cells of a file as text, before any meaning is given to them: a header and the rows with their line numbers.</summary>
internal sealed record RawTable(IReadOnlyList<string> Header, IReadOnlyList<RawRow> Rows);

/// <summary>One row of a <see cref="RawTable"/>; <see cref="Line"/> counts from 1, the header being line 1.</summary>
internal sealed record RawRow(int Line, IReadOnlyList<string> Cells);
