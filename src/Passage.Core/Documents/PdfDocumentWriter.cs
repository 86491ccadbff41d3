using SkiaSharp;

namespace Passage.Core.Documents;

/// <summary>
/// Writes a <see cref="DocumentContent"/> as PDF with Skia: the fonts are embedded (subsets), glyphs are shaped by
/// HarfBuzz, and each run carries its text so that readers search and copy both scripts as written.
/// </summary>
public static class PdfDocumentWriter
{
    private static readonly SKColor Ink = new(0x1A, 0x1A, 0x1A);
    private static readonly SKColor Rule = new(0x8C, 0x8C, 0x8C);
    private static readonly SKColor Shade = new(0xEB, 0xEB, 0xEB);

    public static byte[] Write(DocumentContent document)
    {
        var pages = PageLayout.Lay(document);
        using var output = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata
        {
            Title = document.Title,
            Creator = "Passage",
            Producer = "Passage",
        };
        using (var pdf = SKDocument.CreatePdf(output, metadata))
        {
            for (var n = 0; n < pages.Count; n++)
            {
                var canvas = pdf.BeginPage(PageLayout.PageWidth, PageLayout.PageHeight);
                foreach (var item in pages[n])
                {
                    Draw(canvas, item);
                }

                var footer = $"{document.Title} · {n + 1} / {pages.Count}";
                Draw(canvas, new TextItem(ShapedLine.Shape(footer, 8, bold: false), PageLayout.Margin, PageLayout.PageHeight - (PageLayout.Margin / 2), PageLayout.PageWidth - (2 * PageLayout.Margin), 8));
                pdf.EndPage();
            }

            pdf.Close();
        }

        return output.ToArray();
    }

    private static void Draw(SKCanvas canvas, PageItem item)
    {
        switch (item)
        {
            case BoxItem box:
                using (var paint = new SKPaint { Color = box.Filled ? Shade : Rule, Style = box.Filled ? SKPaintStyle.Fill : SKPaintStyle.Stroke, StrokeWidth = 0.5f, IsAntialias = true })
                {
                    canvas.DrawRect(box.Rect, paint);
                }

                break;
            case TextItem text:
                DrawText(canvas, text);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(item), item.GetType().Name, "Unknown page item.");
        }
    }

    private static void DrawText(SKCanvas canvas, TextItem text)
    {
        var left = text.Line.RightToLeft ? text.Left + text.BoxWidth - text.Line.Width : text.Left;
        using var builder = new SKTextBlobBuilder();
        foreach (var run in text.Line.Runs.Where(r => r.Glyphs.Length > 0))
        {
            using var font = new SKFont(run.Face.Typeface, text.Size) { Subpixel = true, LinearMetrics = true };
            var buffer = builder.AllocatePositionedTextRun(font, run.Glyphs.Length, run.Utf8.Length);
            buffer.SetGlyphs(run.Glyphs);
            buffer.SetPositions(run.Positions);
            buffer.SetText(run.Utf8);
            buffer.SetClusters(run.Clusters);
        }

        using var blob = builder.Build();
        if (blob is null)
        {
            return;
        }

        using var paint = new SKPaint { Color = Ink, IsAntialias = true };
        canvas.DrawText(blob, left, text.Baseline, paint);
    }
}
