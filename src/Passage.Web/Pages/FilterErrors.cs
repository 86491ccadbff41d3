using Microsoft.AspNetCore.Mvc.ModelBinding;
using Passage.Core.Common;

namespace Passage.Web.Pages;

/// <summary>
/// What was wrong with a list's filters or page number: values the page could not read, and values the use case refused
/// as out of range. A list page shows these instead of the list, never an error page.
/// </summary>
public static class FilterErrors
{
    public static IReadOnlyList<string> Of(ModelStateDictionary modelState, Problem? problem = null) =>
        modelState.Where(e => e.Value is { Errors.Count: > 0 })
            .SelectMany(e => e.Value!.Errors.Select(error => $"{e.Key}: {error.ErrorMessage}"))
            .Concat((problem?.Errors ?? new Dictionary<string, string[]>()).SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}")))
            .ToList();
}
