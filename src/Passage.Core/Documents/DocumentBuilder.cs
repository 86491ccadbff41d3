namespace Passage.Core.Documents;

/// <summary>Collects the blocks of a document in reading order, then writes it as a PDF.</summary>
public sealed class DocumentBuilder(string title)
{
    private readonly List<DocumentBlock> _blocks = [];

    public DocumentBuilder Heading(string text) => Add(new HeadingBlock(text));

    public DocumentBuilder Paragraph(string text) => Add(new ParagraphBlock(text));

    public DocumentBuilder Table(IReadOnlyList<TableColumn> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        var table = rows.ToList();
        if (table.Any(row => row.Count != columns.Count))
        {
            throw new ArgumentException("Every row needs one cell per column.", nameof(rows));
        }

        return Add(new TableBlock(columns, table));
    }

    public DocumentBuilder PageBreak() => Add(new PageBreakBlock());

    public DocumentContent Build() => new(title, [.. _blocks]);

    public byte[] ToPdf() => PdfDocumentWriter.Write(Build());

    private DocumentBuilder Add(DocumentBlock block)
    {
        _blocks.Add(block);
        return this;
    }
}
