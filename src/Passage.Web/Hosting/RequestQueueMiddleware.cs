using System.Threading.RateLimiting;

namespace Passage.Web.Hosting;

/// <summary>Serves each request in its turn of the <see cref="RequestQueue"/>; health checks go straight through.</summary>
public sealed class RequestQueueMiddleware(RequestDelegate next, RequestQueue queue)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        RateLimitLease lease;
        try
        {
            lease = await queue.WaitForTurnAsync(context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client left while waiting: nothing was done, and nobody is there to answer.
            return;
        }

        using (lease)
        {
            if (!lease.IsAcquired)
            {
                await BusyAsync(context);
                return;
            }

            await next(context);
        }
    }

    private static Task BusyAsync(HttpContext context) => RefusalAnswer.WriteAsync(
        context,
        StatusCodes.Status503ServiceUnavailable,
        TimeSpan.FromSeconds(5),
        "Passage is serving many requests at the moment",
        "Nothing was done for this request. Send it again in a few seconds.",
        context.RequestAborted);
}
