using System.Globalization;
using System.Text;
using Passage.Core.Pledges;

namespace Passage.Core.Tests.Pledges;

public class SimplePdfTests
{
    [Fact]
    public void Write_MoreLinesThanAPage_SplitsIntoPagesWithACrossReferenceTableReadersCanFollow()
    {
        var lines = Enumerable.Range(1, SimplePdf.LinesPerPage + 1).Select(i => new SimplePdf.TextLine($"Line {i} (Kāẓim)\\")).ToList();

        var text = Encoding.Latin1.GetString(SimplePdf.Write("Test", lines));

        text.ShouldContain("/Count 2");
        text.ShouldContain("(Line 1 \\(K??im\\)\\\\) Tj");
        var start = int.Parse(text[(text.LastIndexOf("startxref\n", StringComparison.Ordinal) + 10)..].Split('\n')[0], CultureInfo.InvariantCulture);
        var entries = text[start..].Split('\n').Skip(3).TakeWhile(l => l.EndsWith(" n ", StringComparison.Ordinal)).ToList();
        entries.Count.ShouldBe(9);
        for (var n = 0; n < entries.Count; n++)
        {
            var offset = int.Parse(entries[n][..10], CultureInfo.InvariantCulture);
            text[offset..].ShouldStartWith($"{n + 1} 0 obj");
        }
    }
}
