namespace Passage.Web.Hosting;

/// <summary>
/// API answers and downloaded files hold personal data: <c>Cache-Control: no-store</c> keeps them out of browser and proxy
/// caches. Pages under <c>/css</c> and <c>/js</c> are ours, not personal, and may be cached.
/// </summary>
public sealed class NoStoreMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var response = context.Response;
            var download = response.Headers.ContentDisposition.Count > 0;
            if (WebSetup.IsApi(context) || download || !IsStaticFile(context))
            {
                response.Headers.CacheControl = "no-store";
                response.Headers.Pragma = "no-cache";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }

    private static bool IsStaticFile(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/css", StringComparison.OrdinalIgnoreCase)
        || context.Request.Path.StartsWithSegments("/js", StringComparison.OrdinalIgnoreCase)
        || context.Request.Path.StartsWithSegments("/favicon.ico", StringComparison.OrdinalIgnoreCase);
}
