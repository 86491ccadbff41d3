using Passage.Core.Common;

namespace Passage.Web.Pages;

/// <summary>A list page's read: the page asked for, or the first page with the message about the page number that was refused.</summary>
public sealed record PageRead<T>(Result<Page<T>> Result, IReadOnlyList<string> Errors);

/// <summary>Reads a page of a list for a page, falling back to the first page when the number asked for is refused.</summary>
public static class PageRead
{
    public static async Task<PageRead<T>> OfAsync<T>(int? number, Func<int?, Task<Result<Page<T>>>> read)
    {
        var result = await read(number);
        return result.Problem is { Kind: ProblemKind.Validation } invalid
            ? new PageRead<T>(await read(1), FilterErrors.Of(new(), invalid))
            : new PageRead<T>(result, []);
    }
}
