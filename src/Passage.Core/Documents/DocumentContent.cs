namespace Passage.Core.Documents;

/// <summary>
/// A printable document: a title and blocks in reading order. Text may be in Latin or Arabic script or both; the writer
/// shapes it, sets right-to-left runs right-to-left and breaks lines and pages. Build one with <see cref="DocumentBuilder"/>.
/// </summary>
public sealed record DocumentContent(string Title, IReadOnlyList<DocumentBlock> Blocks);

/// <summary>One block of a document.</summary>
public abstract record DocumentBlock;

/// <summary>A heading, in bold, kept on the same page as the start of what follows it.</summary>
public sealed record HeadingBlock(string Text) : DocumentBlock;

/// <summary>A paragraph, wrapped to the page width.</summary>
public sealed record ParagraphBlock(string Text) : DocumentBlock;

/// <summary>A table: the header row is repeated on every page the table runs onto.</summary>
public sealed record TableBlock(IReadOnlyList<TableColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows) : DocumentBlock;

/// <summary>
/// A column of a table. Columns are as wide as their content needs (never narrower than their widest word while the table
/// can fit them); <paramref name="Weight"/> is the column's share, relative to the others, of the width left once every cell fits.
/// </summary>
public sealed record TableColumn(string Header, float Weight = 1);

/// <summary>The rest of the page stays empty.</summary>
public sealed record PageBreakBlock : DocumentBlock;
