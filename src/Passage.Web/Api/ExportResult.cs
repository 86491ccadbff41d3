using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using Passage.Core.Exports;

namespace Passage.Web.Api;

/// <summary>
/// An allowed export written to the response as it is read (never built in memory first), as a download; for the API and
/// the list pages alike. A client that goes away stops the export, which is audited as interrupted.
/// </summary>
public sealed class ExportResult(ExportFile file) : IResult, IActionResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.ContentType = file.ContentType;
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = file.FileName, FileName = file.FileName }.ToString();
        await file.WriteAsync(response.Body, null, httpContext.RequestAborted);
    }

    public Task ExecuteResultAsync(ActionContext context) => ExecuteAsync(context.HttpContext);
}
