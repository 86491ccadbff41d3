using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Common;
using Passage.Core.Exports;
using Passage.Web.Api;

namespace Passage.Web.Pages;

/// <summary>
/// The export button beside a list: a GET form to the list's own page (handler <c>Export</c>) that carries the list's current
/// filters, so the file holds what the list shows. <see cref="Table"/> names an aggregate table, which alone offers HXL hashtags.
/// </summary>
public sealed record ExportForm(string Path, IReadOnlyDictionary<string, string?> Values, string? Table = null, string Label = "Export")
{
    public bool OffersHxl => Table is not null;

    /// <summary>The file; or, for filters the list refuses, the list with its field messages; a refusal answers 403, a missing table 404.</summary>
    public static async Task<IActionResult> AnswerAsync(PageModel page, Func<Task<Result<ExportFile>>> export, Func<Task<IActionResult>> showList)
    {
        if (!page.ModelState.IsValid)
        {
            return await showList();
        }

        var result = await export();
        return result switch
        {
            { Succeeded: true } => new ExportResult(result.Value),
            { Problem.Kind: ProblemKind.Validation } => await showList(),
            { Problem.Kind: ProblemKind.NotFound } => new NotFoundResult(),
            _ => new ForbidResult(),
        };
    }
}
