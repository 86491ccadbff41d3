using System.Text;
using Passage.Core.Documents;
using Passage.Core.Movements;
using Passage.Testing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Passage.Core.Tests.Documents;

public class PdfDocumentWriterTests
{
    private static readonly TableColumn[] Columns = [new("Registration", 1), new("Latin script", 2), new("Arabic script", 2)];

    [Fact]
    public void Write_NamesInBothScripts_ReadersFindEachNameAsWrittenWithTheFontsEmbedded()
    {
        var pdf = new DocumentBuilder("Passengers")
            .Paragraph("Given name Kāẓim, family name Ḥusaynī; in Arabic script کاظم حسینی.")
            .Table(Columns, [["REG-1", "Kāẓim Ḥusaynī", "کاظم حسینی"], ["REG-2", "Fatemeh Rezaei", "فاطمه رضایی"]])
            .ToPdf();

        var text = PdfText.All(pdf);
        text.ShouldContain("Given name Kāẓim, family name Ḥusaynī; in Arabic script کاظم حسینی.");
        text.ShouldContain("Kāẓim Ḥusaynī");
        text.ShouldContain("فاطمه رضایی");
        text.ShouldNotContain("?");
        using var document = PdfDocument.Open(pdf);
        var fonts = document.GetPage(1).Letters.Select(l => l.FontName).Distinct().ToList();
        fonts.ShouldContain(f => f != null && f.EndsWith("+NotoSans-Regular", StringComparison.Ordinal));
        fonts.ShouldContain(f => f != null && f.Contains("NotoNaskhArabic", StringComparison.Ordinal));
        Encoding.Latin1.GetString(pdf).ShouldContain("/FontFile2");
    }

    [Fact]
    public void Write_ArabicScriptCell_IsJoinedSetRightToLeftAndAgainstTheRightEdge()
    {
        var pdf = new DocumentBuilder("Passengers").Table(Columns, [["REG-1", "Kazem Hosseini", "کاظم حسینی"]]).ToPdf();

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        var words = Words(page);
        var first = Word(words, "کاظم");
        var second = Word(words, "حسینی");
        first.Left.ShouldBeGreaterThan(second.Right, "the first word of a right-to-left name is set on the right");
        // Joined letters are drawn in their contextual forms (initial, medial, final), which readers report as presentation forms.
        first.Drawn.ShouldAllBe(c => c >= '\uFB50' && c <= '\uFEFF');
        var latin = Word(words, "Kazem");
        var right = PageLayout.PageWidth - PageLayout.Margin;
        first.Right.ShouldBeInRange(right - 12, right, "the Arabic cell is set against its right edge");
        latin.Left.ShouldBeLessThan(second.Left - 100, "the Latin cell is set against its left edge");
    }

    [Fact]
    public void Write_LongTableAndPageBreak_ContinuesOnNewPagesWithTheHeaderRepeatedAndNumberedPages()
    {
        var rows = Enumerable.Range(1, 80).Select(i => (IReadOnlyList<string>)[$"REG-{i:D3}", $"Person {i}", "کاظم حسینی"]);
        var pdf = new DocumentBuilder("Manifest").Table(Columns, rows).PageBreak().Paragraph("Signed on departure").ToPdf();

        var pages = PdfText.Pages(pdf);
        pages.Count.ShouldBeGreaterThanOrEqualTo(3);
        pages.ShouldAllBe(p => p.Contains("Manifest · "));
        pages.Take(pages.Count - 1).ShouldAllBe(p => p.Contains("RegistrationLatin scriptArabic script"));
        string.Concat(pages).ShouldContain("REG-080");
        Enumerable.Range(1, 80).ShouldAllBe(i => pages.Count(p => p.Contains($"REG-{i:D3}")) == 1);
        pages[^1].ShouldStartWith("Signed on departure");
        pages[^1].ShouldEndWith($"Manifest · {pages.Count} / {pages.Count}");
    }

    [Fact]
    public void Write_LongParagraph_WrapsWithinTheMarginsAndKeepsEveryWord()
    {
        var words = Enumerable.Range(1, 200).Select(i => i % 3 == 0 ? "حسینی" : $"Kāẓim{i}").ToList();
        var pdf = new DocumentBuilder("Notes").Paragraph(string.Join(' ', words)).ToPdf();

        using var document = PdfDocument.Open(pdf);
        var letters = document.GetPages().SelectMany(p => p.Letters).ToList();
        letters.Max(l => l.BoundingBox.Right).ShouldBeLessThanOrEqualTo(PageLayout.PageWidth - PageLayout.Margin + 0.5);
        letters.Min(l => l.BoundingBox.Left).ShouldBeGreaterThanOrEqualTo(PageLayout.Margin - 0.5);
        var lines = document.GetPages().SelectMany(Words).Where(w => w.Text != "Notes").GroupBy(w => w.Baseline).ToList();
        lines.SelectMany(line => line.Select(w => w.Text)).ShouldBe(words.Append("·").Append("1").Append("/").Append("1"));
        lines.Count.ShouldBeGreaterThan(5);
        lines.SkipLast(1).ShouldAllBe(line => line.Zip(line.Skip(1)).All(pair => pair.First.Right < pair.Second.Left), "a left-to-right paragraph keeps its words in reading order on every line");
    }

    [Fact]
    public void Write_ManifestOfSevenColumns_KeepsDatesDocumentNumbersAndWordsWholeInTheirColumns()
    {
        var heading = new ManifestHeading("Albanian Airlines", "LV 1207", new DateTimeOffset(2026, 12, 9, 6, 30, 0, TimeSpan.Zero), "Baghdad", "AL", "Tirana", 1,
            new DateTimeOffset(2026, 12, 2, 14, 5, 0, TimeSpan.Zero));
        var line = new ManifestLine("Seyed Abolfazl Mir-Hosseini Tabatabaei", "سید ابوالفضل میرحسینی طباطبایی", "1984-11-02", "Female", "LP-2026-004120",
            "medical escort, wheelchair");

        using var document = PdfDocument.Open(ManifestPdf.Render(heading, [line]));

        var words = Words(document.GetPage(1));
        string[] whole = ["No.", "Document", "Mir-Hosseini", "Tabatabaei", "1984-11-02", "Female", "LP-2026-004120", "wheelchair", "میرحسینی", "طباطبایی"];
        whole.ShouldAllBe(w => words.Any(d => d.Text == w), "a date, a document number or a word broken across lines cannot be read at the border");
        string[] oneWordPerColumn = ["No.", "Mir-Hosseini", "طباطبایی", "1984-11-02", "Female", "LP-2026-004120", "wheelchair"];
        var columns = oneWordPerColumn.Select(w => Word(words, w)).ToList();
        columns.Zip(columns.Skip(1)).ShouldAllBe(pair => pair.First.Right < pair.Second.Left, "each column's text stays left of the next column's");
        columns[^1].Right.ShouldBeLessThanOrEqualTo(PageLayout.PageWidth - PageLayout.Margin);
    }

    private static DrawnWord Word(IEnumerable<DrawnWord> words, string text) => words.Single(w => w.Text == text);

    /// <summary>The words of a page in the order they were written, each with the letters as drawn and where they stand.</summary>
    private static List<DrawnWord> Words(Page page)
    {
        var words = new List<DrawnWord>();
        var letters = new List<Letter>();
        void Flush()
        {
            if (letters.Count > 0)
            {
                var drawn = string.Concat(letters.Select(l => l.Value));
                words.Add(new(drawn.Normalize(NormalizationForm.FormKC), drawn, letters.Min(l => l.BoundingBox.Left), letters.Max(l => l.BoundingBox.Right), Math.Round(letters[0].StartBaseLine.Y, 1)));
                letters.Clear();
            }
        }

        foreach (var letter in page.Letters)
        {
            if (letters.Count > 0 && (Math.Abs(letters[^1].StartBaseLine.Y - letter.StartBaseLine.Y) > 0.1 || Gap(letters[^1], letter) > 6))
            {
                Flush();
            }

            if (string.IsNullOrWhiteSpace(letter.Value))
            {
                Flush();
            }
            else
            {
                letters.Add(letter);
            }
        }

        Flush();
        return words;
    }

    private static double Gap(Letter previous, Letter next) =>
        Math.Min(Math.Abs(next.BoundingBox.Left - previous.BoundingBox.Right), Math.Abs(previous.BoundingBox.Left - next.BoundingBox.Right));

    private sealed record DrawnWord(string Text, string Drawn, double Left, double Right, double Baseline);
}
