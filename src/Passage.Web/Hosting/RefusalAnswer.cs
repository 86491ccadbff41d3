using Microsoft.AspNetCore.Mvc;

namespace Passage.Web.Hosting;

/// <summary>
/// The answer to a request refused before any page or endpoint ran (too many lists, a full request queue): problem details on
/// the API, a short page otherwise, never kept by a cache. The title and detail are fixed texts, never the request's.
/// </summary>
internal static class RefusalAnswer
{
    public static async Task WriteAsync(HttpContext context, int status, TimeSpan retryAfter, string title, string detail, CancellationToken ct)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
        if (WebSetup.IsApi(context))
        {
            await response.WriteAsJsonAsync(
                new ProblemDetails { Status = status, Title = title, Detail = detail },
                options: null, contentType: "application/problem+json", ct);
        }
        else
        {
            response.ContentType = "text/html; charset=utf-8";
            await response.WriteAsync(
                $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title></head><body><h1>{title}</h1><p>{detail}</p><p><a href=\"/\">Home</a></p></body></html>",
                ct);
        }
    }
}
