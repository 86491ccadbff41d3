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
        var widths = ColumnWidths(table);
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

    /// <summary>
    /// Column widths as a browser sets an automatic table: each column is at least as wide as its widest word (so dates,
    /// document numbers and words are never broken while the table can fit them), the space left goes to the columns whose
    /// text would otherwise wrap, in proportion to how much they lack times their weight, and once every cell fits on one line the rest is
    /// shared by the columns' weights. Only a table whose widest words cannot fit side by side breaks words.
    /// </summary>
    internal static float[] ColumnWidths(TableBlock table)
    {
        var count = table.Columns.Count;
        var least = new float[count];
        var most = new float[count];
        for (var i = 0; i < count; i++)
        {
            var cells = table.Rows.Select(row => (Text: row[i], Bold: false)).Prepend((Text: table.Columns[i].Header, Bold: true));
            foreach (var (text, bold) in cells)
            {
                foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
                {
                    most[i] = Math.Max(most[i], ShapedLine.Measure(paragraph, BodySize, bold));
                    foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    {
                        least[i] = Math.Max(least[i], ShapedLine.Measure(word, BodySize, bold));
                    }
                }
            }

            // A little slack, so that a word measured to fit is not wrapped by rounding.
            least[i] += (2 * CellPadding) + 1;
            most[i] += (2 * CellPadding) + 1;
        }

        var leastTotal = least.Sum();
        if (leastTotal >= ContentWidth)
        {
            return [.. least.Select(w => ContentWidth * w / leastTotal)];
        }

        var mostTotal = most.Sum();
        if (mostTotal <= ContentWidth)
        {
            var weights = table.Columns.Sum(c => c.Weight);
            return [.. most.Select((w, i) => w + ((ContentWidth - mostTotal) * table.Columns[i].Weight / weights))];
        }

        // Shares of what is left, and again among the columns that still lack width after some were capped at their whole text.
        var widths = least.ToArray();
        var open = Enumerable.Range(0, count).Where(i => most[i] > least[i]).ToList();
        while (open.Count > 0 && ContentWidth - widths.Sum() > 0.01f)
        {
            var left = ContentWidth - widths.Sum();
            var shares = open.ToDictionary(i => i, i => (most[i] - least[i]) * table.Columns[i].Weight);
            var total = shares.Values.Sum();
            foreach (var i in open)
            {
                widths[i] = Math.Min(most[i], widths[i] + (left * shares[i] / total));
            }

            open.RemoveAll(i => widths[i] >= most[i]);
        }

        return widths;
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
