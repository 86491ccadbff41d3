using Microsoft.AspNetCore.Mvc.ModelBinding;
using Passage.Core.Common;

namespace Passage.Web.Pages;

/// <summary>Shows a use case's problem on the page: each field message beside its field, the rest at the top.</summary>
public static class ProblemOnPage
{
    public static void AddTo(this Problem problem, ModelStateDictionary modelState, string prefix)
    {
        if (problem.Errors is { Count: > 0 } errors)
        {
            foreach (var (field, messages) in errors)
            {
                foreach (var message in messages)
                {
                    modelState.AddModelError(string.IsNullOrEmpty(prefix) ? field : $"{prefix}.{field}", message);
                }
            }
        }
        else
        {
            modelState.AddModelError("", problem.Detail is null ? problem.Title : $"{problem.Title} {problem.Detail}");
        }
    }
}
