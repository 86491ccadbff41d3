using System.Globalization;
using System.Text;

namespace Passage.Core.Pledges;

/// <summary>
/// Writes plain text pages as a PDF 1.4 file with the standard Helvetica fonts, which every PDF reader has, so no font file
/// is embedded. Text is encoded as Latin-1; a character outside it is written as "?". Enough for a dossier, nothing more.
/// </summary>
internal static class SimplePdf
{
    public const int LinesPerPage = 48;

    private const double PageWidth = 595;
    private const double PageHeight = 842;
    private const double Margin = 50;
    private const double LineHeight = 15;

    /// <summary>One line of text; bold lines are headings.</summary>
    public readonly record struct TextLine(string Text, bool Bold = false, double Size = 10);

    public static byte[] Write(string title, IReadOnlyList<TextLine> lines)
    {
        var pages = lines.Chunk(LinesPerPage).ToList();
        if (pages.Count == 0)
        {
            pages.Add([]);
        }

        // Objects: 1 catalog, 2 page tree, 3 regular font, 4 bold font, 5 info, then a page and its content per page.
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Kids [{string.Join(' ', pages.Select((_, i) => $"{6 + (2 * i)} 0 R"))}] /Count {pages.Count} >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
            $"<< /Title ({Escape(title)}) /Producer (Passage) >>",
        };
        foreach (var (page, i) in pages.Select((p, i) => (p, i)))
        {
            var content = Content(page);
            objects.Add(Invariant($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PageWidth} {PageHeight}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {7 + (2 * i)} 0 R >>"));
            objects.Add($"<< /Length {Latin1.GetByteCount(content)} >>\nstream\n{content}\nendstream");
        }

        using var output = new MemoryStream();
        void Put(string text)
        {
            var bytes = Latin1.GetBytes(text);
            output.Write(bytes, 0, bytes.Length);
        }

        Put("%PDF-1.4\n");
        var offsets = new List<long>();
        for (var n = 0; n < objects.Count; n++)
        {
            offsets.Add(output.Position);
            Put($"{n + 1} 0 obj\n{objects[n]}\nendobj\n");
        }

        var xref = output.Position;
        Put($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Put(offset.ToString("D10", CultureInfo.InvariantCulture) + " 00000 n \n");
        }

        Put($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R /Info 5 0 R >>\nstartxref\n{xref.ToString(CultureInfo.InvariantCulture)}\n%%EOF\n");
        return output.ToArray();
    }

    private static readonly Encoding Latin1 = Encoding.Latin1;

    private static string Content(IEnumerable<TextLine> lines)
    {
        var content = new StringBuilder();
        var y = PageHeight - Margin;
        foreach (var line in lines)
        {
            content.Append(Invariant($"BT /{(line.Bold ? "F2" : "F1")} {line.Size} Tf {Margin} {y} Td ({Escape(line.Text)}) Tj ET\n"));
            y -= LineHeight;
        }

        return content.ToString();
    }

    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\\' or '(' or ')' => $"\\{c}",
                _ when c < ' ' || c > 'ÿ' => "?",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
