using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Passage.Core.Common;

namespace Passage.Web.Pages;

/// <summary>
/// The headers of a list sorted on the server: each sortable column header is a link that sorts by it (again: the other way
/// round), and the column the list is sorted by says so with <c>aria-sort</c>. <paramref name="link"/> gives the list's
/// address for a sort, from its first page.
/// </summary>
public sealed class SortColumns(Sort current, Func<string, string> link)
{
    public Sort Current => current;

    public IHtmlContent Header(string key, string label, string? cssClass = null)
    {
        var active = current.Key == key;
        var next = new Sort(key, active && !current.Descending);
        var ariaSort = !active ? "" : current.Descending ? " aria-sort=\"descending\"" : " aria-sort=\"ascending\"";
        var arrow = !active ? "" : current.Descending ? " ▼" : " ▲";
        var classAttribute = cssClass is null ? "" : $" class=\"{HtmlEncoder.Default.Encode(cssClass)}\"";
        return new HtmlString(
            $"<th scope=\"col\"{classAttribute}{ariaSort}><a class=\"sort\" href=\"{HtmlEncoder.Default.Encode(link(next.ToString()))}\">"
            + $"{HtmlEncoder.Default.Encode(label)}<span aria-hidden=\"true\">{arrow}</span></a></th>");
    }
}
