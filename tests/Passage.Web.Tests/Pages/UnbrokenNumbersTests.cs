using System.Text.Encodings.Web;
using Passage.Web.Pages;

namespace Passage.Web.Tests.Pages;

public sealed class UnbrokenNumbersTests
{
    [Theory]
    [InlineData("cases shown: C-000001,C-000003", "cases shown: <span class=\"nowrap\">C-000001</span>, <span class=\"nowrap\">C-000003</span>")]
    [InlineData("from 2026-11-02 to PSG-000123", "from <span class=\"nowrap\">2026-11-02</span> to <span class=\"nowrap\">PSG-000123</span>")]
    [InlineData("<b>C-1</b>", "&lt;b&gt;<span class=\"nowrap\">C-1</span>&lt;/b&gt;")]
    [InlineData("no numbers here", "no numbers here")]
    public void Keep_TextWithNumbers_KeepsEachNumberOnOneLineAndEncodesTheRest(string text, string html)
    {
        using var writer = new StringWriter();

        UnbrokenNumbers.Keep(text).WriteTo(writer, HtmlEncoder.Default);

        writer.ToString().ShouldBe(html);
    }
}
