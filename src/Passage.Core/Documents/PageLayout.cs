using SkiaSharp;

namespace Passage.Core.Documents;

/// <summary>Something placed on a page.</summary>
internal abstract record PageItem;

/// <summary>A shaped line set in a box: against its left edge, or its right edge when the line reads right to left.</summary>
internal sealed record TextItem(ShapedLine Line, float Left, float Baseline, float BoxWidth, float Size) : PageItem;

/// <summary>A rectangle, outlined or filled.</summary>
internal sealed record BoxItem(SKRect Rect, bool Filled) : PageItem;

/// <summary>Places the blocks of a document on A4 pages: wraps text, breaks pages, repeats table headers.</summary>
internal sealed class PageLayout
{
    public const float PageWidth = 595.28f;
    public const float PageHeight = 841.89f;
    public const float Margin = 50;
    public const float BodySize = 10;
    private const float HeadingSize = 12.5f;
    private const float TitleSize = 16;
    private const float CellPadding = 4;
    private const float ContentWidth = PageWidth - (2 * Margin);
    private const float Bottom = PageHeight - Margin - 20;

    private readonly List<List<PageItem>> _pages = [[]];
    private float _y = Margin;

    public static IReadOnlyList<IReadOnlyList<PageItem>> Lay(DocumentContent document)
    {
        var layout = new PageLayout();
        layout.Lines(document.Title, Margin, ContentWidth, TitleSize, bold: true);
        layout._y += TitleSize * 0.6f;
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    layout._y += HeadingSize * 0.5f;
                    layout.KeepTogether(LineHeight(HeadingSize) + (3 * LineHeight(BodySize)));
                    layout.Lines(heading.Text, Margin, ContentWidth, HeadingSize, bold: true);
                    break;
                case ParagraphBlock paragraph:
                    layout.Lines(paragraph.Text, Margin, ContentWidth, BodySize, bold: false);
                    layout._y += BodySize * 0.4f;
                    break;
                case TableBlock table:
                    layout.Table(table);
                    layout._y += BodySize;
                    break;
                case PageBreakBlock:
                    layout.NewPage();
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(document), block.GetType().Name, "Unknown block.");
            }
        }

        return layout._pages;
    }

    public static float LineHeight(float size) => size * 1.75f;

    /// <summary>Splits a text into lines no wider than <paramref name="width"/>, breaking at spaces, and inside a word only when it is wider alone.</summary>
    public static IReadOnlyList<string> Wrap(string text, float width, float size, bool bold)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries).SelectMany(w => Pieces(w, width, size, bold)))
            {
                var candidate = line.Length == 0 ? word : $"{line} {word}";
                if (line.Length > 0 && ShapedLine.Measure(candidate, size, bold) > width)
                {
                    lines.Add(line);
                    candidate = word;
                }

                line = candidate;
            }

            lines.Add(line);
        }

        return lines;
    }

    private static IEnumerable<string> Pieces(string word, float width, float size, bool bold)
    {
        if (ShapedLine.Measure(word, size, bold) <= width)
        {
            yield return word;
            yield break;
        }

        var piece = "";
        var elements = System.Globalization.StringInfo.GetTextElementEnumerator(word);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            if (piece.Length > 0 && ShapedLine.Measure(piece + element, size, bold) > width)
            {
                yield return piece;
                piece = "";
            }

            piece += element;
        }

        yield return piece;
    }

    private void Lines(string text, float left, float width, float size, bool bold)
    {
        var rightToLeft = TextDirection.IsRightToLeft(text);
        foreach (var line in Wrap(text, width, size, bold))
        {
            KeepTogether(LineHeight(size));
            Place(line, rightToLeft, left, _y, width, size, bold);
            _y += LineHeight(size);
        }
    }

    private void Place(string line, bool rightToLeft, float left, float top, float width, float size, bool bold) =>
        _pages[^1].Add(new TextItem(ShapedLine.Shape(line, size, bold, rightToLeft), left, top + (size * 1.2f), width, size));

    private void Table(TableBlock table)
    {
        var total = table.Columns.Sum(c => c.Weight);
        var widths = table.Columns.Select(c => ContentWidth * c.Weight / total).ToArray();
        var header = table.Columns.Select(c => c.Header).ToList();
        Row(header, widths, bold: true);
        foreach (var row in table.Rows)
        {
            if (!Fits(RowHeight(row, widths, bold: false)))
            {
                NewPage();
                Row(header, widths, bold: true);
            }

            Row(row, widths, bold: false);
        }
    }

    private static float RowHeight(IReadOnlyList<string> cells, float[] widths, bool bold) =>
        (cells.Select((cell, i) => Wrap(cell, widths[i] - (2 * CellPadding), BodySize, bold).Count).Max() * LineHeight(BodySize)) + CellPadding;

    private void Row(IReadOnlyList<string> cells, float[] widths, bool bold)
    {
        var height = RowHeight(cells, widths, bold);
        KeepTogether(height);
        var left = Margin;
        for (var i = 0; i < cells.Count; i++)
        {
            var box = SKRect.Create(left, _y, widths[i], height);
            if (bold)
            {
                _pages[^1].Add(new BoxItem(box, Filled: true));
            }

            _pages[^1].Add(new BoxItem(box, Filled: false));
            var top = _y + (CellPadding / 2);
            var rightToLeft = TextDirection.IsRightToLeft(cells[i]);
            foreach (var line in Wrap(cells[i], widths[i] - (2 * CellPadding), BodySize, bold))
            {
                Place(line, rightToLeft, left + CellPadding, top, widths[i] - (2 * CellPadding), BodySize, bold);
                top += LineHeight(BodySize);
            }

            left += widths[i];
        }

        _y += height;
    }

    private bool Fits(float height) => _y + height <= Bottom || _y <= Margin;

    private void KeepTogether(float height)
    {
        if (!Fits(height))
        {
            NewPage();
        }
    }

    private void NewPage()
    {
        _pages.Add([]);
        _y = Margin;
    }
}
