using Passage.Core.Common;

namespace Passage.Web.Pages;

/// <summary>
/// The pages of a list, as the <c>_Pager</c> partial shows them: previous and next, the first and last page and those near
/// the current one by number (a list counted only up to a bound says "page N of more than M" instead).
/// </summary>
public sealed class Pager(int number, int pageCount, bool countIsLowerBound, bool hasPrevious, bool hasNext, Func<int, string> link, string label)
{
    public int Number => number;

    public int PageCount => pageCount;

    public bool CountIsLowerBound => countIsLowerBound;

    public bool HasPrevious => hasPrevious;

    public bool HasNext => hasNext;

    /// <summary>The accessible name of the pager's navigation region.</summary>
    public string Label => label;

    /// <summary>Whether there is anything to page through.</summary>
    public bool Shown => hasPrevious || hasNext;

    public static Pager Of<T>(Page<T> page, Func<int, string> link, string label = "Pages") =>
        new(page.Number, page.PageCount, page.TotalIsLowerBound, page.HasPrevious, page.HasNext, link, label);

    public string Link(int page) => link(page);

    /// <summary>The page numbers to offer, with null where pages are left out.</summary>
    public IEnumerable<int?> Numbers
    {
        get
        {
            int? previous = null;
            foreach (var n in Enumerable.Range(1, pageCount).Where(n => n == 1 || n == pageCount || Math.Abs(n - number) <= 2))
            {
                if (previous is { } p && n > p + 1)
                {
                    yield return null;
                }

                yield return n;
                previous = n;
            }
        }
    }
}
