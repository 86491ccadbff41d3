using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;

namespace Passage.Web.Pages;

/// <summary>
/// Free text that names dates and record numbers (an audit entry's detail), shown so that none of them breaks at its
/// hyphen: each is kept on one line, and a list written without spaces after its commas may wrap between its items.
/// </summary>
public static partial class UnbrokenNumbers
{
    public static IHtmlContent Keep(string? text)
    {
        var builder = new HtmlContentBuilder();
        if (string.IsNullOrEmpty(text))
        {
            return builder;
        }

        var spaced = AfterComma().Replace(text, ", ");
        var last = 0;
        foreach (Match m in Number().Matches(spaced))
        {
            builder.Append(spaced[last..m.Index]);
            builder.AppendHtml("<span class=\"nowrap\">");
            builder.Append(m.Value);
            builder.AppendHtml("</span>");
            last = m.Index + m.Length;
        }

        builder.Append(spaced[last..]);
        return builder;
    }

    [GeneratedRegex(@",(?=\S)", RegexOptions.CultureInvariant, 100)]
    private static partial Regex AfterComma();

    [GeneratedRegex(@"\b(\d{4}-\d{2}-\d{2}|PSG-\d+|C-\d+)\b", RegexOptions.CultureInvariant, 100)]
    private static partial Regex Number();
}
